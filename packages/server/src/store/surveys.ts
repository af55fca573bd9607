import type { JsonValue } from '@satupintu/core';
import { filtered } from './filters.js';
import { instant, json } from './rows.js';
import { onUniqueViolation, type SqlExecutor, type SqlRow } from './sql-client.js';
import { StoreDuplicateError, type SurveyRepository, type SurveyResponseRecord } from './types.js';

const toResponse = (row: SqlRow): SurveyResponseRecord => ({
  id: String(row.id),
  applicationId: String(row.application_id),
  answers: row.answers as JsonValue,
  unit: String(row.unit),
  permitType: String(row.permit_type),
  submittedOn: String(row.submitted_on),
  submittedAt: instant(row.submitted_at),
});

/** IKM survey responses on `db`, one per application. */
export function surveyRepository(db: SqlExecutor): SurveyRepository {
  return {
    async add(response) {
      const { rows } = await db.query(
        `INSERT INTO survey_responses (id, application_id, answers, unit, permit_type, submitted_on, submitted_at)
         VALUES ($1, $2, $3::jsonb, $4, $5, $6, $7) RETURNING *`,
        [response.id, response.applicationId, json(response.answers), response.unit, response.permitType, response.submittedOn, response.submittedAt],
      ).catch(onUniqueViolation((constraint) => new StoreDuplicateError('survey response', constraint.endsWith('pkey') ? 'id' : 'applicationId')));
      return toResponse(rows[0]!);
    },
    async getByApplication(applicationId) {
      const { rows } = await db.query('SELECT * FROM survey_responses WHERE application_id = $1', [applicationId]);
      return rows[0] && toResponse(rows[0]);
    },
    async list(filter = {}) {
      const query = filtered([
        [(p) => `unit = ${p}`, filter.unit], [(p) => `permit_type = ${p}`, filter.permitType],
        [(p) => `submitted_on >= ${p}`, filter.from], [(p) => `submitted_on <= ${p}`, filter.to],
      ]);
      const { rows } = await db.query(`SELECT * FROM survey_responses ${query.where} ORDER BY submitted_on, submitted_at, id`, query.params);
      return rows.map(toResponse);
    },
  };
}
