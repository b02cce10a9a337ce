import { csv } from './tempFiles.js';

/**
 * A small event log over the small journey, written out of order, with a duplicate row, a tie
 * (two events at the same instant), a customer with one event, a backtrack, a skip, a repeat,
 * a channel-bound signal and an event that matches nothing. The expected results in the tests
 * are worked out by hand from this table (times are 2024-01-01 UTC unless said):
 *
 *   a (budget): visit 10:00, cart_add 10:05 (twice, identical), pay_card 10:10, use 01-02 10:00
 *   b (member): visit 11:00, cart_add 12:00, visit 12:30, cart_add 12:40
 *   c:          visit 12:00, pay_paypal 12:30
 *   d:          visit 09:00
 *   e:          cart_add 08:00 and visit 08:00 (a tie), pay_card 08:20, pay_card 08:25
 *   f:          app_open on app 01-05 (→ uses-it), app_open on web 01-05 (matches nothing)
 */
export const smallLogCsv = csv('user_id,event,timestamp,channel,segment', [
  'a,use,2024-01-02T10:00:00Z,app,',
  'b,cart_add,2024-01-01T12:40:00Z,web,',
  'a,visit,2024-01-01T10:00:00Z,web,budget',
  'c,visit,1704110400,web,',
  'a,cart_add,2024-01-01T10:05:00Z,web,',
  'a,cart_add,2024-01-01T10:05:00Z,web,',
  'b,visit,2024-01-01 11:00:00,web,member',
  'a,pay_card,1704103800000,web,',
  'b,cart_add,2024-01-01T12:00:00Z,web,',
  'b,visit,2024-01-01T12:30:00Z,web,',
  'c,pay_paypal,2024-01-01T12:30:00+00:00,web,',
  'd,visit,2024-01-01T09:00:00Z,web,',
  'e,cart_add,2024-01-01T08:00:00Z,web,',
  'e,visit,2024-01-01T08:00:00Z,web,',
  'e,pay_card,2024-01-01T08:20:00Z,web,',
  'e,pay_card,2024-01-01T08:25:00Z,web,',
  'f,app_open,2024-01-05T09:00:00Z,app,',
  'f,app_open,2024-01-05T09:01:00Z,web,',
]);

/**
 * Survey answers over the small journey: `at` by touchpoint id, by step name, and absent.
 */
export const smallFeedbackCsv = csv('respondent,submitted_at,touchpoint,nps,csat,ces,comment,segment', [
  'a,2024-01-03,checkout,10,5,7,"Quick and easy checkout, great",budget',
  'b,2024-01-03,Pays,6,2,,The delivery charge was a nasty surprise,member',
  'c,2024-01-04,checkout,9,4,5,,budget',
  'd,2024-01-04,checkout,0,1,,Awful: hidden delivery charge and a slow page,',
  'e,2024-01-05,,8,,,,',
]);
