import type { Template } from './template.js';

/** Retail bank account opening in the app, with a branch-verification unhappy path when the identity check fails. */
export const bankAccountOpening: Template = {
  id: 'bank-account-opening',
  name: 'Opening a bank account',
  description:
    'Switchers, first-time account holders and newcomers opening a current account in a bank app: eligibility, identity check, account switching and the first months.',
  industry: 'Banking and financial services',
  source: `
title: Opening a current account
objective: Halve the applications lost at the identity check and get new customers to their first salary payment within 30 days
description: Current-state map of app-based current account opening at Harbour Bank, from comparing offers to the first months of use.
status: published
owner: Sofia Mendes, Head of Digital Onboarding
version: 2026-Q4
tags: [banking, financial services, onboarding, KYC, app]
review: { cadence: quarterly, lastReviewed: 2026-11-03 }

personas:
  switcher:
    name: Salary switcher
    segment: Employed, 30–50, moving their main account
    description: Has banked elsewhere for 15 years; switching for the £175 bonus and a better app, but only if nothing breaks.
    goals: [Move salary and bills without a missed payment, Get the switch bonus]
    needs: [A clear switch date, Proof every direct debit has moved]
    frustrations: [Small print on bonuses, Waiting without news]
    behaviours: [Reads comparison sites and Reddit threads, Applies on the phone in one sitting]
    quote: I'll switch for £175, but if my mortgage payment bounces I'm straight back.
    share: 0.55
  student:
    name: First account holder
    segment: Student or first job, 18–24
    description: Opening a first account of their own, usually for a student loan or a first pay cheque.
    goals: [An account ready before the loan or salary arrives, Easy budgeting]
    needs: [Fast approval, A card to pay with the same day]
    frustrations: [Being asked for documents they don't have, Bank jargon]
    behaviours: [Does everything in apps, Asks friends which bank they use]
    quote: If I can't pay with my phone today, what's the point?
    share: 0.3
  newcomer:
    name: Newcomer to the UK
    segment: Arrived in the last 12 months on a work or study visa
    description: Needs an account to be paid but has no UK credit history and few UK documents yet.
    goals: [An account before the first payday, Build a UK credit history]
    needs: [To know which documents are accepted, A person to help when the app says no]
    frustrations: [Address lookups that only know UK addresses, Rejection without a reason]
    behaviours: [Applies at two or three banks at once, Keeps a folder of visa and tenancy papers]
    quote: My employer needs my sort code by Friday and every bank wants a bill I don't have yet.
    share: 0.15

stages:
  - name: Research
    steps:
      - Compares switching offers and fees:
          touchpoints: [web: price comparison site, { channel: social, name: creator partnerships, department: Marketing }]
          thoughts: £175 to switch, no monthly fee — what's the catch?
          emotions: { switcher: 1, student: 1, newcomer: -0.5 }
          insights: [usability-study]
          blueprint:
            backstage: Marketing refreshes the switch offer every quarter
            systems: Affiliate tracking
      - Checks eligibility on the account page:
          id: eligibility
          touchpoints:
            - { channel: web, name: current account page, department: Digital }
            - { channel: chat, name: eligibility chatbot, department: Digital }
          thoughts: “UK resident” — does a visa and a tenancy agreement count?
          emotions:
            switcher: 0.5
            student: 0.5
            newcomer: { score: -1, evidence: reported, insights: [newcomer-interviews] }
          blueprint:
            support: Eligibility wording approved by Compliance
            systems: [Adobe Experience Manager, Chatbot (Dialogflow)]
  - name: Application
    id: apply
    steps:
      - Downloads the app and starts the application:
          touchpoints: [{ channel: app, name: onboarding flow, department: Digital }]
          emotions: { switcher: 1, student: 1, newcomer: 0.5 }
          insights: [usability-study]
          blueprint:
            systems: [Mobile app, Onboarding platform]
      - Enters personal details and three years of addresses:
          id: address-history
          touchpoints: [{ channel: app, name: address lookup, department: Digital }]
          thoughts: The lookup only finds UK postcodes. Where do I put my flat in Lagos?
          emotions:
            switcher: -0.5
            student: 0
            newcomer: { score: -1.5, evidence: measured, insights: [address-analytics] }
          blueprint:
            backstage: Credit reference check runs on submit
            systems: [Loqate address lookup, Experian]
      - Verifies identity with a passport and a selfie:
          id: verify-identity
          touchpoints: [{ id: id-check, channel: app, name: identity check, department: Financial Crime }]
          moment-of-truth: If the ID check fails here most applicants never come back — they open an account elsewhere the same week
          emotions:
            switcher: 0.5
            student: 0
            newcomer: { score: -2, evidence: measured, insights: [funnel-analytics] }
          blueprint:
            backstage: Failed checks go to a manual review queue
            support: Financial Crime operations reviews within 48 hours
            systems: [Onfido document and selfie check, Fraud rules engine]
            physical: Passport or biometric residence permit
  - name: Decision
    steps:
      - Waits for the account decision:
          id: waits-decision
          touchpoints:
            - { channel: app, name: application status screen, department: Digital }
            - { channel: email, name: application update, department: Operations }
          thoughts: “Under review” since Tuesday — is that good or bad?
          emotions:
            switcher: { score: -1, evidence: measured, insights: [decision-tickets] }
            student: -0.5
            newcomer: { score: -1.5, evidence: measured, insights: [decision-tickets] }
          blueprint:
            backstage: Manual reviews worked in date order, no SLA shown to the customer
            support: Contact centre can see status but not the reason
            systems: [Case management (Pega)]
      - Is approved and sees the sort code in the app:
          id: approved
          touchpoints: [{ channel: app, name: account details screen, department: Digital }]
          emotions: { switcher: 1.5, student: 1.5, newcomer: 2 }
          insights: [usability-study]
          blueprint:
            systems: Core banking (Temenos)
  - name: Set-up
    id: setup
    steps:
      - Adds the virtual card to Apple Pay or Google Pay:
          id: virtual-card
          touchpoints: [{ channel: app, name: virtual card, department: Cards }]
          emotions: { switcher: 1.5, student: 2, newcomer: 1.5 }
          insights: [usability-study]
          blueprint:
            systems: [Card tokenisation (Visa Token Service), Core banking]
      - Receives the debit card in the post:
          touchpoints: [{ channel: mail, name: debit card letter, department: Card Operations }]
          emotions: { switcher: 1, student: 1, newcomer: 1 }
          insights: [usability-study]
          blueprint:
            backstage: Card bureau prints and posts within 2 working days
            physical: [Debit card, Carrier letter, PIN shown in the app]
      - Switches the old account with the Current Account Switch Service:
          id: switch
          touchpoints: [{ id: switch-form, channel: app, name: switch form, department: Payments Operations }]
          moment-of-truth: Moving the salary and direct debits is the point of no return; one bounced bill undoes the trust built so far
          thoughts: Seven working days with no news in between.
          emotions: { switcher: 0.5, student: 0.5, newcomer: 0 }
          insights: [usability-study]
          blueprint:
            backstage: Old bank redirects payments for 36 months
            systems: [Current Account Switch Service (CASS), Direct debit platform]
  - name: First use
    id: first-use
    steps:
      - First salary lands in the account:
          touchpoints: [{ channel: app, name: payment notification, department: Digital }]
          thoughts: My first UK salary, in my own account.
          emotions: { switcher: 1.5, student: 1, newcomer: 2 }
          insights: [usability-study]
          blueprint:
            systems: [Faster Payments, Push notification service]
      - Sets up a savings pot and spending alerts:
          id: savings-pot
          touchpoints: [{ channel: app, name: savings pots, department: Digital }]
          emotions: { switcher: 1.5, student: 1.5, newcomer: 1 }
          insights: [usability-study]
          blueprint:
            systems: Personal finance engine
  - name: Relationship
    loop: { to: research, reason: One customer in four comes back within a year to compare a savings account or credit card }
    steps:
      - Waits for the £175 switch bonus:
          id: bonus
          touchpoints:
            - { channel: email, name: bonus terms reminder, department: Marketing }
            - { channel: phone, name: contact centre, department: Customer Service }
          thoughts: I've paid two direct debits. Why hasn't it come?
          emotions:
            switcher: { score: -1, evidence: measured, insights: [bonus-contacts] }
            student: -0.5
            newcomer: 0
          blueprint:
            frontstage: Contact centre agents check bonus eligibility by hand
            backstage: Bonus paid in a monthly batch, up to 30 days after the conditions are met
            systems: [Campaign engine, Core banking]
      - Is offered a credit card in the app:
          touchpoints: [{ channel: app, name: pre-approved offer, department: Lending }]
          emotions: { switcher: 0.5, student: 0.5, newcomer: -0.5 }
          insights: [usability-study]
          blueprint:
            systems: Decision engine

paths:
  - name: ID check fails — branch verification
    kind: unhappy
    from: verify-identity
    rejoin: approved
    share: 0.14
    description: The app cannot verify the applicant, who is sent to a branch with documents.
    steps:
      - Is asked to bring documents to a branch:
          id: branch-referral
          touchpoints: [{ channel: email, name: branch referral email, department: Financial Crime }]
          thoughts: Which documents? And the next appointment is in nine days.
          emotions:
            switcher: -1.5
            student: -1
            newcomer: { score: -2, evidence: measured, insights: [branch-data] }
          blueprint:
            backstage: Referral created from a template without a document list
            systems: Appointment booking (Qmatic)
      - Visits a branch with passport, visa and tenancy agreement:
          touchpoints: [{ channel: store, name: Harbour Bank branch, department: Branch Network }]
          emotions: { switcher: 0, student: 0.5, newcomer: 0.5 }
          insights: [usability-study]
          blueprint:
            frontstage: Branch colleague checks and scans the originals
            backstage: Scans sent to Financial Crime for same-day approval
            physical: [Passport, Visa, Tenancy agreement]

insights:
  - id: usability-study
    text: In a moderated study 15 applicants (6 switchers, 5 students, 4 newcomers) opened a real account thinking aloud, then rated each step.
    source: observation
    date: 2026-08-27
    reference: UX research report UXR-2026-14
  - id: funnel-analytics
    text: 31% of applications are abandoned at the identity check; 52% when the applicant holds a non-UK passport.
    source: analytics
    date: 2026-08-12
  - id: address-analytics
    text: The address history screen takes 3 min 40 s (median); 11% leave there, 27% when one address is abroad.
    source: analytics
    date: 2026-08-12
  - id: newcomer-interviews
    text: 9 of 10 newcomers did not know which proof of address the bank would accept; 4 gave up on their first choice of bank.
    source: interview
    date: 2026-06-09
    personas: [newcomer]
  - id: decision-tickets
    text: '"Where is my application?" is 23% of calls from applicants in their first week.'
    source: support-ticket
    date: 2026-07-20
  - id: branch-data
    text: The next branch verification appointment is 9 days away on average in city branches.
    source: analytics
    date: 2026-07-01
    reference: Qmatic booking export, June 2026
  - id: bonus-contacts
    text: Switch bonus queries are 12% of new-customer contacts; most ask why the bonus has not arrived after two direct debits.
    source: support-ticket
    date: 2026-09-03
  - id: onboarding-survey
    text: Onboarding NPS is +18; "a virtual card straight away" is the most praised feature.
    source: survey
    date: 2026-09-30
    reference: 30-day onboarding survey, n = 2,115

painPoints:
  - Eligibility page does not say which documents count:
      { id: eligibility-vague, at: eligibility, severity: 3, reach: 0.15, personas: [newcomer], evidence: reported, insights: [newcomer-interviews] }
  - Address history only accepts UK addresses:
      { id: address-history-uk-only, at: address-history, severity: 3, reach: 0.2, personas: [newcomer, student], evidence: measured, insights: [address-analytics] }
  - Identity check rejects valid applicants:
      { id: id-check-fails, at: id-check, severity: 5, reach: 0.31, personas: [newcomer, switcher], evidence: measured, insights: [funnel-analytics] }
  - No time estimate while the application is under review:
      { id: no-decision-timeline, at: waits-decision, severity: 3, reach: 0.25, personas: [switcher, student, newcomer], evidence: measured, insights: [decision-tickets] }
  - Branch referral lists no documents and a nine-day wait:
      { id: branch-wait, at: branch-referral, severity: 4, reach: 0.14, personas: [newcomer], evidence: measured, insights: [branch-data] }
  - Switch bonus rules and timing are unclear:
      { id: bonus-unclear, at: bonus, severity: 3, reach: 0.4, personas: [switcher, student], evidence: measured, insights: [bonus-contacts] }

gains:
  - Virtual card usable minutes after approval:
      { at: virtual-card, severity: 5, reach: 0.85, personas: [switcher, student, newcomer], evidence: measured, insights: [onboarding-survey] }
  - Savings pots make budgeting visible:
      { at: savings-pot, severity: 3, reach: 0.5, personas: [student, switcher], evidence: reported, insights: [onboarding-survey] }

opportunities:
  - Document checker before the application starts:
      { id: document-checker, addresses: [eligibility-vague, address-history-uk-only], impact: 3, effort: 2, confidence: 0.7, status: validated,
        owner: Sofia Mendes (Head of Digital Onboarding), metrics: [app-completion] }
  - Second ID route in the app — passport chip scan and video call:
      { id: second-id-route, addresses: [id-check-fails, branch-wait], impact: 5, effort: 4, confidence: 0.6, status: planned,
        owner: Rahul Iyer (Financial Crime Product Owner), metrics: [id-drop-off, app-completion] }
  - Application tracker with an honest time estimate:
      { id: application-tracker, addresses: [no-decision-timeline], impact: 3, effort: 2, confidence: 0.7, status: in-progress,
        owner: Sofia Mendes (Head of Digital Onboarding), metrics: [time-to-decision, onboarding-nps] }
  - Book a branch slot straight from the referral:
      { id: branch-booking, addresses: [branch-wait], impact: 3, effort: 2, confidence: 0.6, status: idea,
        owner: Mark Doyle (Branch Network Operations), metrics: [time-to-decision] }
  - Switch bonus progress bar in the app:
      { id: bonus-tracker, addresses: [bonus-unclear], impact: 3, effort: 2, confidence: 0.8, status: validated,
        owner: Grace Okafor (Current Accounts Marketing Manager), metrics: [salary-in-30-days, early-churn] }

actions:
  - Publish an accepted-documents checker with visa and tenancy examples:
      { opportunity: document-checker, owner: Sofia Mendes, department: Digital, due: 2027-01-22, status: in-progress, kpi: { metric: app-completion, change: 5 } }
  - Add NFC passport reading and a video-call fallback:
      { opportunity: second-id-route, owner: Rahul Iyer, department: Financial Crime, due: 2027-05-28, status: todo, kpi: { metric: id-drop-off, change: -12 } }
  - Show the review stage and expected decision time in the app:
      { opportunity: application-tracker, owner: Sofia Mendes, department: Digital, due: 2027-02-26, status: in-progress, kpi: { metric: time-to-decision, change: -10 } }
  - Put a booking link and document list in the referral email:
      { opportunity: branch-booking, owner: Mark Doyle, department: Branch Network, due: 2027-03-12, status: todo, kpi: { metric: time-to-decision, change: -6 } }
  - Build the bonus progress bar on the account home screen:
      { opportunity: bonus-tracker, owner: Grace Okafor, department: Marketing, due: 2027-04-16, status: todo, kpi: { metric: early-churn, change: -4 } }

metrics:
  - Application completion:
      id: app-completion
      kind: conversion
      at: apply
      unit: '%'
      direction: up
      baseline: 54
      target: 70
      measurements:
        - { date: 2026-03-31, value: 54, source: Adobe Analytics }
        - { date: 2026-06-30, value: 55, source: Adobe Analytics }
        - { date: 2026-09-30, value: 57, source: Adobe Analytics }
  - Drop-off at the identity check:
      id: id-drop-off
      kind: drop-off
      at: id-check
      unit: '%'
      direction: down
      baseline: 31
      target: 15
      measurements:
        - { date: 2026-05-31, value: 31, source: Onfido dashboard }
        - { date: 2026-08-31, value: 29, source: Onfido dashboard }
  - Time to decision (median):
      id: time-to-decision
      kind: time
      at: decision
      unit: hours
      direction: down
      baseline: 26
      target: 4
      measurements:
        - { date: 2026-06-30, value: 26, source: Pega case data }
        - { date: 2026-09-30, value: 22, source: Pega case data }
  - Salary credited within 30 days:
      id: salary-in-30-days
      kind: conversion
      at: first-use
      unit: '% of new accounts'
      direction: up
      baseline: 48
      target: 65
      measurements:
        - { date: 2026-06-30, value: 48, source: Core banking MI }
        - { date: 2026-09-30, value: 50, source: Core banking MI }
  - Onboarding NPS:
      id: onboarding-nps
      kind: nps
      unit: points
      direction: up
      baseline: 18
      target: 35
      measurements:
        - { date: 2026-06-30, value: 16, source: 30-day onboarding survey }
        - { date: 2026-09-30, value: 18, source: 30-day onboarding survey }
  - Accounts closed or dormant within six months:
      id: early-churn
      kind: churn
      at: relationship
      unit: '%'
      direction: down
      baseline: 21
      target: 12
      measurements:
        - { date: 2026-03-31, value: 21, source: Core banking MI }
        - { date: 2026-09-30, value: 20, source: Core banking MI }
`,
};
