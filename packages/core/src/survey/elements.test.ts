import { describe, it } from 'node:test';
import { assert } from 'chai';
import { IKM_ELEMENTS, IKM_ELEMENT_CODES, IKM_ELEMENT_COUNT } from './index.js';

describe('IKM survey elements', () => {
  it('IKM-01 lists the nine elements U1…U9 in the order of PermenPANRB 14/2017', () => {
    assert.equal(IKM_ELEMENT_COUNT, 9);
    assert.deepEqual(IKM_ELEMENT_CODES, ['U1', 'U2', 'U3', 'U4', 'U5', 'U6', 'U7', 'U8', 'U9']);
    assert.deepEqual(IKM_ELEMENTS.map((e) => e.name.id), [
      'Persyaratan', 'Sistem, Mekanisme, dan Prosedur', 'Waktu Penyelesaian', 'Biaya/Tarif',
      'Produk Spesifikasi Jenis Pelayanan', 'Kompetensi Pelaksana', 'Perilaku Pelaksana', 'Sarana dan Prasarana',
      'Penanganan Pengaduan, Saran dan Masukan',
    ]);
    for (const element of IKM_ELEMENTS) {
      assert.isNotEmpty(element.name.en, element.code);
      assert.equal(element.source.regulation, 'PermenPANRB 14/2017');
      assert.equal(element.answersSource.regulation, 'PermenPANRB 14/2017');
      assert.match(element.source.article, /^Lampiran/);
    }
  });

  it('IKM-02 gives each element its four model answer labels for scores 1→4', () => {
    const byCode = Object.fromEntries(IKM_ELEMENTS.map((e) => [e.code, e.answers.map((a) => a.id)]));
    const suitability = ['Tidak sesuai', 'Kurang sesuai', 'Sesuai', 'Sangat sesuai'];
    assert.deepEqual(byCode, {
      U1: suitability,
      U2: ['Tidak mudah', 'Kurang mudah', 'Mudah', 'Sangat mudah'],
      U3: ['Tidak cepat', 'Kurang cepat', 'Cepat', 'Sangat cepat'],
      U4: ['Sangat mahal', 'Cukup mahal', 'Murah', 'Gratis'],
      U5: suitability,
      U6: ['Tidak kompeten', 'Kurang kompeten', 'Kompeten', 'Sangat kompeten'],
      U7: ['Tidak sopan dan ramah', 'Kurang sopan dan ramah', 'Sopan dan ramah', 'Sangat sopan dan ramah'],
      U8: ['Buruk', 'Cukup', 'Baik', 'Sangat Baik'],
      U9: ['Tidak ada', 'Ada tetapi tidak berfungsi', 'Berfungsi kurang maksimal', 'Dikelola dengan baik'],
    });
    for (const element of IKM_ELEMENTS) {
      assert.lengthOf(element.answers, 4);
      const english = element.answers.map((a) => a.en);
      assert.equal(new Set(english).size, 4, `${element.code} has four distinct English labels`);
    }
    assert.equal(IKM_ELEMENTS[3]?.answers[3].en, 'Free');
  });
});
