import type { Template } from './template.js';

/** A visit to a private GP clinic, from noticing symptoms to booking the follow-up. */
export const clinicVisit: Template = {
  id: 'clinic-visit',
  name: 'Clinic visit',
  description:
    'Self-pay and long-term-condition patients at a private GP clinic, from booking to results and follow-up care.',
  industry: 'Healthcare',
  source: `
title: Visiting a private GP clinic
objective: Cut the waiting and the repeated paperwork that patients blame for low satisfaction, and get more patients with long-term conditions to book their follow-up review
description: A private GP and diagnostics clinic with six doctors and two nurses. A 15-minute consultation costs £95; most long-term patients are covered by an insurer or an employer health plan.
scope: high-level
state: current
status: in-review
owner: Head of Patient Experience
version: "2026.2"
tags: [healthcare, clinic, patient experience, appointments, follow-up care]
review: { cadence: quarterly, lastReviewed: 2026-09-22 }

personas:
  selfpay:
    name: Self-pay professional
    segment: Self-pay, 25–45, one or two visits a year
    description: Project manager who pays £95 out of pocket to be seen the same week rather than wait three weeks elsewhere; books between meetings.
    goals: [Be seen within 48 hours, Know the full cost before agreeing to anything, Be back at work within the hour]
    needs: [Online booking in under two minutes, Appointments that start on time, Prices for tests up front]
    frustrations: [Waiting 20 minutes past the appointment time, Unexpected charges, Filling in forms on a clipboard]
    behaviours: [Books on the phone browser at lunch, Compares clinic prices online, Pays by card or Apple Pay]
    quote: "I'm paying so I don't have to wait. So why am I waiting?"
    share: 0.6
  chronic:
    name: Patient with a long-term condition
    segment: Insured, 60+, type 2 diabetes, visits every three months
    description: Retired teacher, 67, managing diabetes and blood pressure; prefers to see the same doctor and to book by phone.
    goals: [Keep blood sugar and blood pressure under control, See the doctor who knows the history, Understand the results]
    needs: [A phone line that answers, Letters and texts in large print, Results explained in plain words]
    frustrations: [Telling the whole history again at every visit, Engaged phone lines at 08:00, Results that arrive with no explanation]
    behaviours: [Calls the clinic rather than using the app, Brings a notebook with readings, Comes 15 minutes early]
    quote: "They have my notes. Why do I have to start from the beginning every time?"
    share: 0.4

stages:
  - Deciding to see a doctor:
      - Notices symptoms and looks for a clinic nearby:
          id: look-for-clinic
          touchpoints:
            - { channel: ads, name: search ads, department: Marketing }
            - { channel: word-of-mouth, name: recommendation from a colleague }
          emotions:
            selfpay: -1
            chronic: { score: 0, thoughts: I already have my clinic; I only come back for my review. }
          thoughts: Three weeks for a GP appointment? I can't wait that long.
          insights: [i-visit-shadowing]
          blueprint:
            backstage: Marketing runs local search ads for same-week appointments
            systems: Website analytics
      - Checks prices and the doctors' profiles on the website:
          id: check-prices
          touchpoints: [{ channel: web, name: prices and doctors pages, department: Marketing }]
          emotions: { selfpay: 1, chronic: 1 }
          thoughts: £95 for 15 minutes, and there is a slot tomorrow at 8:40.
          insights: [i-visit-shadowing]
          blueprint:
            systems: Website with live availability from the booking system
  - Booking:
      - Books an appointment online or by phone:
          id: book
          touchpoints:
            - { id: online-booking, channel: web, name: online booking, department: Patient Services }
            - { id: reception-line, channel: phone, name: reception line, department: Patient Services }
          emotions:
            selfpay: 1
            chronic: { score: -2, evidence: measured, insights: [i-phone-queue] }
          thoughts: I've been on hold for a quarter of an hour, and it's the same music every time.
          pain: { id: phone-queue, title: The phone line is engaged or on hold for 14 minutes between 08:00 and 09:30,
                  severity: 4, reach: 0.35, personas: [chronic], evidence: measured, insights: [i-phone-queue] }
          blueprint:
            frontstage: Two receptionists answer the phone and greet patients at the desk at the same time
            backstage: Practice manager releases extra slots at 08:00
            systems: [Practice management system, Telephony queue]
      - Fills in the medical questionnaire before the visit:
          id: questionnaire
          touchpoints:
            - { channel: email, name: booking confirmation, department: Patient Services }
            - { channel: web, name: medical questionnaire, department: Clinical Operations }
          emotions:
            selfpay: 0
            chronic: { score: -1, evidence: reported, insights: [i-history-interviews] }
          thoughts: Forty questions, and most of them are the same as in June.
          pain: { id: repeat-history, title: Patients retype their whole medical history before every visit,
                  severity: 3, reach: 0.6, personas: [chronic, selfpay], evidence: reported, insights: [i-history-interviews] }
          blueprint:
            backstage: Healthcare assistant checks answers and flags allergies for the doctor
            support: Questionnaire reviewed twice a year by the clinical lead
            systems: [Online forms tool, Practice management system]
  - Arrival:
      - Checks in at reception or the self-service screen:
          id: check-in
          touchpoints:
            - id: reception
              channel: in-person
              name: reception desk
              department: Patient Services
              momentOfTruth: A warm, named welcome tells anxious patients they are in good hands
            - { channel: kiosk, name: check-in screen, department: Patient Services }
          emotions: { selfpay: 1, chronic: 1 }
          thoughts: Nice that they knew my name straight away.
          insights: [i-visit-shadowing]
          blueprint:
            frontstage: Receptionist confirms identity, contact details and who pays
            systems: [Practice management system, Check-in screen]
            physical: [Reception desk, Hand sanitiser, Leaflets on the clinic's services]
      - Waits to be called:
          id: wait
          touchpoints: [{ id: waiting-room, channel: in-person, name: waiting room, department: Clinical Operations }]
          emotions:
            selfpay: { score: -2, evidence: measured, insights: [i-waiting-times, i-patient-survey] }
            chronic: { score: -1, evidence: measured, insights: [i-patient-survey] }
          thoughts: "Twenty-five minutes past my time and nobody has said a word. Should I ask?"
          pain: { id: silent-wait, title: Patients wait a median 22 minutes past their appointment time with no update,
                  severity: 4, reach: 0.45, personas: [selfpay, chronic], evidence: measured, insights: [i-waiting-times, i-patient-survey] }
          blueprint:
            backstage: Doctors overrun when a consultation needs more than 15 minutes
            support: No process to tell reception when a doctor is running late
            systems: Practice management system shows arrival time only
            physical: [Waiting room with 14 chairs, Water dispenser, Wall screen showing health adverts]
  - Consultation:
      - Talks through the symptoms with the doctor:
          id: see-doctor
          touchpoints:
            - id: consulting-room
              channel: in-person
              name: consultation
              department: Clinical Operations
              momentOfTruth: Feeling listened to decides whether the patient trusts the diagnosis and comes back
          emotions: { selfpay: 2, chronic: 2 }
          thoughts: She didn't rush me, and she explained what the tests are for.
          gain: { id: doctor-listens, title: Doctors take time to listen and explain,
                  personas: [selfpay, chronic], evidence: measured, insights: [i-patient-survey] }
          blueprint:
            frontstage: GP reviews the questionnaire, examines and agrees a plan with the patient
            backstage: GP writes the consultation note and orders tests
            systems: [Electronic patient record, Lab ordering system]
            physical: Printed consultation summary
      - Has a blood test with the nurse:
          id: blood-test
          touchpoints: [{ channel: in-person, name: nurse treatment room, department: Nursing }]
          emotions: { selfpay: 1, chronic: 1 }
          thoughts: Quick and painless; results in two days.
          insights: [i-visit-shadowing]
          blueprint:
            frontstage: Nurse takes the sample and explains when the results come
            backstage: Courier collects samples for the partner lab at 12:00 and 16:30
            support: Partner laboratory contract with 48-hour turnaround
            systems: Lab ordering system
  - Payment and results:
      - Pays at reception:
          id: pay
          touchpoints:
            - { channel: in-person, name: payment at reception, department: Finance }
            - { channel: email, name: receipt and invoice, department: Finance }
          emotions:
            selfpay: { score: -1, evidence: reported, insights: [i-billing-complaints] }
            chronic: 0
          thoughts: "£160? Nobody told me the blood test was another £65."
          pain: { id: unquoted-test-fees, title: Test fees are not quoted before the test is taken,
                  severity: 3, reach: 0.2, personas: [selfpay], evidence: reported, insights: [i-billing-complaints] }
          blueprint:
            frontstage: Receptionist takes card payment or checks the insurer's authorisation code
            backstage: Finance team bills insurers weekly
            systems: [Payment terminal, Billing system]
            physical: Receipt with an itemised invoice
      - Reads the test results in the patient app:
          id: results
          touchpoints: [{ channel: app, name: patient app results, department: Clinical Operations }]
          emotions: { selfpay: 1, chronic: 0 }
          thoughts: Results already, great. But what does 'HbA1c 52' actually mean for me?
          insights: [i-visit-shadowing]
          gain: { id: fast-results, title: Results arrive in the app within 48 hours,
                  personas: [selfpay], evidence: measured, insights: [i-patient-survey] }
          blueprint:
            backstage: GP reviews and files each result within one working day
            systems: [Patient app, Lab results interface]
  - name: Follow-up care
    loop: { to: booking, reason: Patients with a long-term condition come back for a review every three months }
    steps:
      - Gets a reminder to book the three-month review:
          id: reminder
          touchpoints:
            - { channel: sms, name: review reminder, department: Patient Services }
            - { channel: mail, name: reminder letter, department: Patient Services }
          emotions: { selfpay: 0, chronic: 1 }
          thoughts: Good, a letter. I'd have forgotten otherwise.
          insights: [i-visit-shadowing]
          blueprint:
            backstage: Recall list run every Monday for patients due a review
            systems: [Practice management system recall list, SMS gateway]
            physical: Reminder letter in large print
      - Books the follow-up with the same doctor:
          id: book-follow-up
          momentOfTruth: Continuity with the same doctor keeps patients with long-term conditions in care
          touchpoints: [{ channel: phone, name: follow-up booking, department: Patient Services }]
          emotions:
            selfpay: 1
            chronic: { score: -1, evidence: measured, insights: [i-continuity] }
          thoughts: Dr Patel has nothing for six weeks. Do I wait or see someone new?
          pain: { id: no-continuity, title: The usual doctor has no follow-up slots within the recommended three months,
                  severity: 3, reach: 0.3, personas: [chronic], evidence: measured, insights: [i-continuity] }
          blueprint:
            frontstage: Receptionist offers the first slot with the patient's usual GP
            backstage: Rotas are released only six weeks ahead
            systems: Practice management system

paths:
  - name: A result needs a call-back
    id: result-call-back
    kind: exception
    from: results
    rejoin: book-follow-up
    share: 0.08
    description: About one result in twelve is outside the normal range and the GP wants to speak to the patient.
    steps:
      - Sees 'please contact the clinic' next to a result:
          id: contact-message
          touchpoints: [{ channel: app, name: result message, department: Clinical Operations }]
          emotions:
            selfpay: { score: -2, evidence: measured, insights: [i-call-backs] }
            chronic: { score: -2, evidence: measured, insights: [i-call-backs] }
          thoughts: Contact the clinic about what? Is something wrong?
          pain: { id: anxious-wait, title: Patients get an alarming message with no time for the call-back,
                  severity: 5, reach: 0.08, personas: [selfpay, chronic], evidence: measured, insights: [i-call-backs] }
          blueprint:
            backstage: GP adds the patient to the call-back list
            systems: Patient app message templates
      - Speaks to the doctor on the phone:
          id: doctor-call
          touchpoints: [{ channel: phone, name: doctor call-back, department: Clinical Operations }]
          emotions: { selfpay: 0, chronic: 1 }
          thoughts: It's manageable. I just needed someone to tell me.
          insights: [i-visit-shadowing]
          blueprint:
            frontstage: GP explains the result and the next step
            systems: Electronic patient record

insights:
  - { id: i-visit-shadowing, source: observation, date: 2026-08-28,
      text: 24 patient visits shadowed from booking to follow-up with a short interview after each step }
  - { id: i-phone-queue, source: analytics, date: 2026-09-30, reference: Telephony report Q3 2026,
      text: Average hold time is 14 minutes between 08:00 and 09:30 and 23% of callers hang up before they are answered }
  - { id: i-waiting-times, source: analytics, date: 2026-08-31,
      text: Median wait from check-in to being called is 22 minutes past the appointment time in afternoon clinics }
  - { id: i-patient-survey, source: survey, date: 2026-09-30,
      text: "Post-visit survey (n = 1,380): 94% felt listened to by the doctor, but information about waiting scores 2.9 out of 5" }
  - { id: i-history-interviews, source: interview, date: 2026-07-22,
      text: 8 of 10 patients with long-term conditions said they retype the same history before every visit }
  - { id: i-billing-complaints, source: support-ticket, date: 2026-09-12,
      text: 11% of self-pay complaints are about charges for tests that were not quoted in advance }
  - { id: i-continuity, source: analytics, date: 2026-09-30,
      text: Only 54% of patients due a three-month review book it; 31% of those who do not were offered a different doctor }
  - { id: i-call-backs, source: support-ticket, date: 2026-08-15,
      text: Patients asked to contact the clinic about a result phone 2.3 times on average before they reach a doctor }

opportunities:
  - { id: o-call-back-slots, title: Offer a booked call-back instead of a phone queue and app booking for repeat patients,
      addresses: [phone-queue], impact: 4, effort: 3, confidence: 0.7, reach: 0.35,
      status: planned, owner: Patient Services Manager, metrics: [m-phone-abandon, m-booking-ces] }
  - { id: o-prefilled-history, title: Pre-fill the questionnaire from the last visit and ask only what has changed,
      addresses: [repeat-history], impact: 3, effort: 2, confidence: 0.8,
      status: validated, owner: Clinical Operations Lead, metrics: [m-booking-ces] }
  - { id: o-live-wait, title: Show live waiting times at reception and text patients when their doctor runs more than 10 minutes late,
      addresses: [silent-wait], impact: 4, effort: 2, confidence: 0.6,
      status: in-progress, owner: Practice Manager, metrics: [m-wait-time, m-nps] }
  - { id: o-price-before-test, title: Quote test prices in the consultation and on the printed plan before any test,
      addresses: [unquoted-test-fees], impact: 2, effort: 1, confidence: 0.9,
      status: planned, owner: Finance Manager, metrics: [m-nps] }
  - { id: o-care-continuity, title: Open follow-up slots three months ahead and phone results that need a conversation,
      addresses: [no-continuity, anxious-wait], impact: 5, effort: 3, confidence: 0.6,
      status: idea, owner: Medical Director, metrics: [m-follow-up-booked] }

actions:
  - { id: a-call-back-tool, title: Switch the telephony queue to booked call-backs at peak times, opportunity: o-call-back-slots,
      owner: Grace Mensah, department: Patient Services, due: 2027-02-26, status: in-progress, kpi: { metric: m-phone-abandon, change: -12 } }
  - { id: a-prefill-forms, title: Pre-fill the online questionnaire from the patient record, opportunity: o-prefilled-history,
      owner: Ben Hartley, department: IT, due: 2027-03-31, status: todo, kpi: { metric: m-booking-ces, change: 0.8 } }
  - { id: a-late-texts, title: Text patients when their doctor is running more than 10 minutes late, opportunity: o-live-wait,
      owner: Sofia Romano, department: Clinical Operations, due: 2027-01-29, status: in-progress, kpi: { metric: m-wait-time, change: -8 } }
  - { id: a-price-list, title: Add test prices to the consultation template and the printed plan, opportunity: o-price-before-test,
      owner: Helen Price, department: Finance, due: 2027-01-15, status: todo, kpi: { metric: m-nps, change: 3 } }
  - { id: a-rota-horizon, title: Release GP rotas 14 weeks ahead, opportunity: o-care-continuity,
      owner: Dr Amir Patel, department: Medical Directorate, due: 2027-05-31, status: todo, kpi: { metric: m-follow-up-booked, change: 15 } }

metrics:
  - id: m-nps
    name: Patient Net Promoter Score
    kind: nps
    unit: points
    direction: up
    baseline: 48
    target: 60
    measurements:
      - { date: 2026-03-31, value: 46, source: Post-visit survey }
      - { date: 2026-06-30, value: 48, source: Post-visit survey }
      - { date: 2026-09-30, value: 49, source: Post-visit survey }
  - id: m-booking-ces
    name: Ease of booking
    kind: ces
    at: booking
    unit: score 1–7
    direction: up
    baseline: 4.6
    target: 5.8
    measurements:
      - { date: 2026-06-30, value: 4.5, source: Post-booking survey }
      - { date: 2026-09-30, value: 4.6, source: Post-booking survey }
  - id: m-wait-time
    name: Median wait past appointment time
    kind: time
    at: waiting-room
    unit: minutes
    direction: down
    baseline: 22
    target: 8
    measurements:
      - { date: 2026-07-31, value: 24, source: Check-in and call timestamps }
      - { date: 2026-08-31, value: 22, source: Check-in and call timestamps }
  - id: m-phone-abandon
    name: Calls abandoned at peak
    kind: drop-off
    at: reception-line
    unit: "% of calls"
    direction: down
    baseline: 23
    target: 8
    measurements:
      - { date: 2026-06-30, value: 25, source: Telephony report }
      - { date: 2026-09-30, value: 23, source: Telephony report }
  - id: m-follow-up-booked
    name: Reviews booked when due
    kind: conversion
    at: follow-up-care
    unit: "% of patients due a review"
    direction: up
    baseline: 54
    target: 75
    measurements:
      - { date: 2026-06-30, value: 52, source: Recall list }
      - { date: 2026-09-30, value: 54, source: Recall list }
`,
};
