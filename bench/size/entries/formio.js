// Form.io's renderer as an integrator would load it: Formio.createForm(element, schema).
export { Formio } from '@formio/js';
