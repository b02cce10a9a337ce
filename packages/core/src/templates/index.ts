import { b2bTraining } from './b2bTraining.js';
import { clinicVisit } from './clinicVisit.js';
import { foodDelivery } from './foodDelivery.js';
import { hotelStay } from './hotelStay.js';
import type { Template } from './template.js';

/** Every template shipped with Waymark, in gallery order. */
export const templates: readonly Template[] = [hotelStay, clinicVisit, b2bTraining, foodDelivery];

/** The template with this id, if any. */
export function findTemplate(id: string): Template | undefined {
  return templates.find((template) => template.id === id);
}
