import { b2bTraining } from './b2bTraining.js';
import { bankAccountOpening } from './bankAccountOpening.js';
import { clinicVisit } from './clinicVisit.js';
import { foodDelivery } from './foodDelivery.js';
import { hotelStay } from './hotelStay.js';
import { retailWinterJacket } from './retailWinterJacket.js';
import { saasOnboarding } from './saasOnboarding.js';
import { telecomSupportCall } from './telecomSupportCall.js';
import type { Template } from './template.js';

/** Every template shipped with Waymark, in gallery order. */
export const templates: readonly Template[] = [
  retailWinterJacket,
  hotelStay,
  clinicVisit,
  b2bTraining,
  foodDelivery,
  saasOnboarding,
  bankAccountOpening,
  telecomSupportCall,
];

/** The template with this id, if any. */
export function findTemplate(id: string): Template | undefined {
  return templates.find((template) => template.id === id);
}
