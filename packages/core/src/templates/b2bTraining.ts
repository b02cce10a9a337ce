import type { Template } from './template.js';

/** Buying and running an in-house leadership workshop, seen by the client's L&D manager and the participants. */
export const b2bTraining: Template = {
  id: 'b2b-training',
  name: 'B2B training',
  description:
    'An L&D manager buys an in-house leadership workshop and team leads attend it: proposal, procurement, delivery, follow-up and renewal.',
  industry: 'Professional services and training',
  source: `
title: Buying and running an in-house leadership workshop
objective: Shorten the time from first call to signed order, and prove behaviour change after the workshop so that clients rebook further cohorts
description: A training company running in-house leadership and feedback workshops for companies with 200–2,000 staff. A typical order is two cohorts of 12 team leads, two days each plus follow-up coaching, for £14,800.
scope: high-level
state: current
status: published
owner: Director of Client Services
version: "2026.3"
tags: [B2B, training, professional services, account management, renewal]
review: { cadence: quarterly, lastReviewed: 2026-10-06 }

personas:
  buyer:
    name: L&D manager
    segment: Client buyer, mid-size companies
    description: Learning and development manager with a £60,000 annual budget, who has to show the leadership team what each programme changed.
    goals: [Find a provider who understands the business, Get the programme signed off this quarter, Show measurable impact to the executive team]
    needs: [A clear proposal within days, Help with procurement paperwork, Evidence of behaviour change after the workshop]
    frustrations: [Generic proposals, Three weeks of supplier onboarding, Evaluation reports that are only happy sheets]
    behaviours: [Asks peers in an HR network for recommendations, Shortlists three providers, Attends the first hour of every workshop]
    quote: "If I can't show the board what changed, there won't be a second cohort."
    share: 0.3
  participant:
    name: Team lead participant
    segment: Client employees, first-time and experienced managers
    description: Team lead with eight direct reports, sent on the workshop by their manager, with a full calendar and a healthy scepticism about training days.
    goals: [Handle difficult feedback conversations with confidence, Learn things that work on Monday morning, Not fall behind on the day job]
    needs: [Practical exercises with real cases, Pre-work under 30 minutes, Follow-up that fits the calendar]
    frustrations: [Death by slides, Logins for yet another platform, Follow-up calls at impossible times]
    behaviours: [Skims joining instructions the night before, Checks email in breaks, Shares useful tools with the team]
    quote: "Give me one thing I can use in my one-to-ones next week."
    share: 0.7

stages:
  - Need and search:
      - Collects training needs from the team leads:
          id: collect-needs
          touchpoints:
            - { channel: web, name: needs analysis toolkit, department: Marketing }
            - { channel: event, name: HR conference stand, department: Sales }
          emotions:
            buyer: 0
            participant: { score: 0, thoughts: Another survey about training. I hope something comes of it. }
          thoughts: Feedback conversations came out top in the survey. Now who can help?
          insights: [i-participant-interviews]
          blueprint:
            backstage: Marketing qualifies toolkit downloads and passes them to Sales
            systems: [Website, CRM]
      - Shortlists three providers:
          id: shortlist
          touchpoints:
            - { channel: word-of-mouth, name: HR network recommendation }
            - { channel: web, name: case studies, department: Marketing }
          emotions: { buyer: 1, participant: 0 }
          thoughts: Two recommendations from the HR network and a case study from a company like ours.
          insights: [i-participant-interviews]
          blueprint:
            backstage: Marketing keeps case studies by industry and company size
            systems: Content management system
  - Proposal:
      - Has a scoping call with an account manager:
          id: scoping-call
          touchpoints:
            - id: scoping
              channel: phone
              name: scoping call
              department: Sales
              momentOfTruth: The buyer decides here whether the provider understood the business or is selling a standard course
          emotions: { buyer: 2, participant: 0 }
          thoughts: She asked about our appraisal cycle and our engagement scores. Finally someone who listens.
          insights: [i-participant-interviews]
          blueprint:
            frontstage: Account manager runs a 45-minute scoping call with a structured guide
            backstage: Account manager writes the call notes into the CRM
            systems: CRM opportunity record
      - Waits for the proposal and the price:
          id: wait-for-proposal
          touchpoints: [{ id: proposal-email, channel: email, name: proposal, department: Sales }]
          emotions:
            buyer: { score: -1, evidence: measured, insights: [i-proposal-cycle] }
            participant: 0
          thoughts: Nine working days for a proposal? The other two sent theirs last week.
          pain: { id: slow-proposal, title: Proposals take 9 working days because every one is written from scratch,
                  severity: 3, reach: 0.3, personas: [buyer], evidence: measured, insights: [i-proposal-cycle, i-lost-deals] }
          blueprint:
            backstage: Lead trainer and account manager write the proposal together
            support: No proposal library or price calculator
            systems: Word templates on a shared drive
  - Contracting:
      - Gets procurement and legal sign-off:
          id: procurement
          touchpoints: [{ channel: email, name: supplier onboarding pack, department: Finance }]
          emotions:
            buyer: { score: -2, evidence: measured, insights: [i-proposal-cycle] }
            participant: 0
          thoughts: Insurance certificates, a data protection questionnaire and bank details on letterhead. Again.
          pain: { id: procurement-drag, title: Supplier onboarding takes 19 days on average and the buyer chases every document,
                  severity: 4, reach: 0.3, personas: [buyer], evidence: measured, insights: [i-proposal-cycle] }
          blueprint:
            backstage: Finance answers procurement questionnaires one by one
            support: Insurance and policy documents kept by the office manager
            systems: Client procurement portals
      - Signs the order and books the dates:
          id: sign-order
          touchpoints: [{ channel: web, name: client portal, department: Operations }]
          emotions: { buyer: 1, participant: 0 }
          thoughts: Dates in March and April, both trainers confirmed.
          insights: [i-participant-interviews]
          blueprint:
            backstage: Operations reserves trainers and sends calendar holds
            systems: [Client portal, Trainer scheduling tool]
  - Preparation:
      - Receives the joining instructions and the pre-work:
          id: pre-work
          touchpoints:
            - { channel: email, name: joining instructions, department: Operations }
            - { id: learning-platform, channel: web, name: learning platform, department: Digital Learning }
          emotions:
            buyer: 0
            participant: { score: -1, evidence: measured, insights: [i-platform-data] }
          thoughts: A new login, a 40-minute video and a reflection log. Maybe on the train.
          pain: { id: pre-work-skipped, title: Only 31% of participants finish the pre-work,
                  severity: 3, reach: 0.7, personas: [participant], evidence: measured, insights: [i-platform-data] }
          blueprint:
            backstage: Operations uploads the participant list and sends invitations
            systems: [Learning platform, Email platform]
      - Completes the 360-degree feedback questionnaire:
          id: feedback-360
          touchpoints: [{ channel: web, name: 360-degree feedback tool, department: Digital Learning }]
          emotions: { buyer: 1, participant: 0 }
          thoughts: Curious what my team will say. A bit nervous, too.
          insights: [i-participant-interviews]
          blueprint:
            backstage: Trainers read every 360 report before the workshop
            systems: 360-degree feedback tool
  - Workshop:
      - Arrives for day one at the client's office:
          id: day-one
          touchpoints:
            - id: workshop-day
              channel: event
              name: workshop day one
              department: Delivery
              momentOfTruth: The first hour decides whether team leads engage or retreat into their email
          emotions: { buyer: 1, participant: 1 }
          thoughts: No slides in the first hour, just a real conversation about a real case. That's new.
          insights: [i-participant-interviews]
          blueprint:
            frontstage: Two trainers open with a live case from the pre-work
            backstage: Producer sets up the room and tests the video link for remote joiners
            support: Facilitation guide and case library
            physical: [Workbook, Feedback cards, Flip charts]
      - Practises feedback conversations with an actor:
          id: role-play
          touchpoints: [{ channel: event, name: role play with a professional actor, department: Delivery }]
          emotions: { buyer: 1, participant: 2 }
          thoughts: Terrifying for five minutes, then the most useful hour of the year.
          gain: { id: actor-role-plays, title: Role plays with professional actors make the skills stick,
                  personas: [participant, buyer], evidence: measured, insights: [i-workshop-feedback] }
          blueprint:
            frontstage: Actor plays a difficult team member; trainer coaches between rounds
            support: Actor agency contract
            physical: Break-out rooms
  - Follow-up:
      - Joins the follow-up coaching call six weeks later:
          id: coaching
          touchpoints: [{ channel: web, name: group coaching call, department: Delivery }]
          emotions:
            buyer: 0
            participant: { score: -1, evidence: measured, insights: [i-coaching-attendance] }
          thoughts: It clashes with my team meeting again. I'll watch the recording. Maybe.
          pain: { id: coaching-dropout, title: Only 45% of participants attend the follow-up coaching calls,
                  severity: 3, reach: 0.55, personas: [participant], evidence: measured, insights: [i-coaching-attendance] }
          blueprint:
            frontstage: Trainer runs a 60-minute group call on cases since the workshop
            backstage: Operations schedules calls without checking client calendars
            systems: [Video conferencing, Learning platform]
      - Receives the evaluation report:
          id: evaluation
          touchpoints: [{ channel: email, name: evaluation report, department: Delivery }]
          emotions:
            buyer: { score: -1, evidence: reported, insights: [i-buyer-interviews] }
            participant: 0
          thoughts: 4.7 out of 5 for the trainers. But did anyone actually change how they give feedback?
          pain: { id: no-impact-evidence, title: The evaluation report shows satisfaction scores but no behaviour change,
                  severity: 4, reach: 0.3, personas: [buyer], evidence: reported, insights: [i-buyer-interviews] }
          blueprint:
            backstage: Delivery team compiles the report from end-of-day surveys
            systems: Survey tool
  - name: Renewal
    loop: { to: proposal, reason: Clients who see impact data rebook a further cohort or a new topic }
    steps:
      - Reviews the results with the account manager:
          id: results-review
          touchpoints: [{ channel: in-person, name: quarterly business review, department: Sales }]
          emotions: { buyer: 1, participant: 0 }
          thoughts: The team engagement scores did move. Let's talk about the next group.
          insights: [i-participant-interviews]
          blueprint:
            frontstage: Account manager presents results and recommendations
            backstage: Account manager prepares the review from the CRM and evaluation data
            systems: CRM
      - Books two more cohorts for the next financial year:
          id: rebook-cohorts
          touchpoints: [{ channel: email, name: renewal proposal, department: Sales }]
          emotions: { buyer: 2, participant: 1 }
          thoughts: Same trainers, same format, and this time the follow-up calls are in our calendars.
          insights: [i-participant-interviews]
          gain: { id: fast-rebooking, title: Rebooking reuses the signed framework agreement,
                  personas: [buyer], evidence: observed, insights: [i-proposal-cycle] }
          blueprint:
            backstage: Finance issues a call-off order under the framework agreement
            systems: [CRM, Finance system]

paths:
  - name: Trainer unavailable before the workshop
    id: trainer-change
    kind: exception
    from: pre-work
    rejoin: day-one
    share: 0.06
    description: In about one workshop in sixteen the lead trainer drops out in the final week and a colleague takes over.
    steps:
      - Hears that the lead trainer has changed two days before:
          id: trainer-changed
          touchpoints: [{ channel: phone, name: call from operations, department: Operations }]
          emotions:
            buyer: { score: -2, evidence: reported, insights: [i-buyer-interviews] }
            participant: -1
          thoughts: We chose this programme because of her. Who is the new person?
          pain: { id: late-trainer-change, title: Trainer changes are announced late and without an introduction,
                  severity: 4, reach: 0.06, personas: [buyer, participant], evidence: reported, insights: [i-buyer-interviews] }
          blueprint:
            frontstage: Operations lead calls the buyer
            backstage: Operations finds a replacement from the associate pool
            systems: Trainer scheduling tool
      - Meets the replacement trainer on a short video call:
          id: meet-new-trainer
          touchpoints: [{ channel: web, name: trainer introduction call, department: Delivery }]
          emotions: { buyer: 0, participant: 0 }
          thoughts: He has read our 360 reports. That helps.
          insights: [i-participant-interviews]

insights:
  - { id: i-participant-interviews, source: interview, date: 2026-09-24,
      text: 16 team leads and 7 L&D managers from five client programmes walked us through each step from the needs survey to renewal }
  - { id: i-proposal-cycle, source: analytics, date: 2026-09-30, reference: CRM stage durations for the last 40 deals,
      text: Median 9 working days from scoping call to proposal and 19 days in supplier onboarding; framework rebookings take 4 days }
  - { id: i-lost-deals, source: interview, date: 2026-08-18,
      text: 5 of 8 lost deals went to providers who sent a proposal within 3 days }
  - { id: i-platform-data, source: analytics, date: 2026-10-31,
      text: 31% of participants complete the pre-work; 22% never log in to the learning platform }
  - { id: i-workshop-feedback, source: survey, date: 2026-10-31,
      text: "End-of-day survey (n = 412): trainers score 4.7 out of 5 and actor role plays are the most-valued element for 68%" }
  - { id: i-coaching-attendance, source: analytics, date: 2026-10-31,
      text: 45% attendance at six-week coaching calls; 70% when the calls are booked before the workshop }
  - { id: i-buyer-interviews, source: interview, date: 2026-09-10,
      text: 6 of 7 L&D managers said they need behaviour-change evidence to justify another cohort to their executives }

opportunities:
  - { id: o-proposal-kit, title: A modular proposal kit with a price calculator so proposals go out within 3 days,
      addresses: [slow-proposal], impact: 4, effort: 2, confidence: 0.8, reach: 0.3,
      status: in-progress, owner: Head of Sales, metrics: [m-proposal-time] }
  - { id: o-procurement-pack, title: "A ready-made procurement pack with insurance, policies and data protection answers",
      addresses: [procurement-drag], impact: 3, effort: 1, confidence: 0.9,
      status: planned, owner: Finance Manager, metrics: [m-proposal-time] }
  - { id: o-pre-work-redesign, title: Replace the 40-minute video with a 15-minute pre-work on the client's own intranet,
      addresses: [pre-work-skipped], impact: 3, effort: 3, confidence: 0.6,
      status: validated, owner: Head of Digital Learning, metrics: [m-pre-work] }
  - { id: o-impact-measurement, title: Measure behaviour change with a 90-day pulse to participants' teams and book coaching calls up front,
      addresses: [no-impact-evidence, coaching-dropout], impact: 5, effort: 3, confidence: 0.6,
      status: planned, owner: Head of Delivery, metrics: [m-client-churn, m-nps] }
  - { id: o-trainer-bench, title: Pair every programme with a named back-up trainer who attends the scoping call,
      addresses: [late-trainer-change], impact: 3, effort: 2, confidence: 0.7,
      status: idea, owner: Operations Manager, metrics: [m-workshop-csat] }

actions:
  - { id: a-proposal-library, title: Build a proposal library and a price calculator in the CRM, opportunity: o-proposal-kit,
      owner: Rachel Adeyemi, department: Sales, due: 2027-01-29, status: in-progress, kpi: { metric: m-proposal-time, change: -6 } }
  - { id: a-procurement-pack, title: Publish the procurement pack as one PDF and a shared folder, opportunity: o-procurement-pack,
      owner: Martin Kowalski, department: Finance, due: 2027-01-15, status: todo, kpi: { metric: m-proposal-time, change: -2 } }
  - { id: a-micro-pre-work, title: Pilot the 15-minute pre-work with two clients, opportunity: o-pre-work-redesign,
      owner: Yasmin Farouk, department: Digital Learning, due: 2027-03-31, status: todo, kpi: { metric: m-pre-work, change: 30 } }
  - { id: a-team-pulse, title: Launch the 90-day team pulse survey in every programme, opportunity: o-impact-measurement,
      owner: Oliver Grant, department: Delivery, due: 2027-04-30, status: todo, kpi: { metric: m-client-churn, change: -8 } }

metrics:
  - id: m-nps
    name: Participant Net Promoter Score
    kind: nps
    unit: points
    direction: up
    baseline: 52
    target: 60
    measurements:
      - { date: 2026-04-30, value: 50, source: End-of-programme survey }
      - { date: 2026-07-31, value: 52, source: End-of-programme survey }
      - { date: 2026-10-31, value: 54, source: End-of-programme survey }
  - id: m-workshop-csat
    name: Workshop satisfaction
    kind: csat
    at: workshop
    unit: score 1–5
    direction: up
    baseline: 4.7
    target: 4.8
    measurements:
      - { date: 2026-07-31, value: 4.6, source: End-of-day survey }
      - { date: 2026-10-31, value: 4.7, source: End-of-day survey }
  - id: m-proposal-time
    name: Scoping call to proposal
    kind: time
    at: proposal-email
    unit: working days
    direction: down
    baseline: 9
    target: 3
    measurements:
      - { date: 2026-06-30, value: 10, source: CRM stage durations }
      - { date: 2026-09-30, value: 9, source: CRM stage durations }
  - id: m-pre-work
    name: Pre-work completion
    kind: conversion
    at: learning-platform
    unit: "% of participants"
    direction: up
    baseline: 31
    target: 70
    measurements:
      - { date: 2026-07-31, value: 29, source: Learning platform }
      - { date: 2026-10-31, value: 31, source: Learning platform }
  - id: m-client-churn
    name: Clients not rebooking within 12 months
    kind: churn
    unit: "% of clients"
    direction: down
    baseline: 38
    target: 25
    measurements:
      - { date: 2026-03-31, value: 41, source: CRM renewals report }
      - { date: 2026-09-30, value: 38, source: CRM renewals report }
`,
};
