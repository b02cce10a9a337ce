import type { Template } from './template.js';

/** A broadband fault reported to a telecom contact centre, with a call-back path and a repeat-contact loop. */
export const telecomSupportCall: Template = {
  id: 'telecom-support-call',
  name: 'Telecom support call',
  description:
    'Home workers and older customers reporting a broadband fault: self-service, the phone menu and queue, diagnosis, an engineer visit and the renewal that follows.',
  industry: 'Telecommunications',
  source: `
title: Calling support about a broadband fault
objective: Fix broadband faults at the first contact and stop repeat calls — first-contact resolution from 58% to 75% without longer calls
description: Current-state map of a Kestrel Broadband home customer reporting a fault, from the connection dropping to the contract renewal that follows.
scope: interaction
status: published
owner: Ruth Adeyemi, Director of Customer Operations
version: 2026-Q4
tags: [telecom, broadband, contact centre, support, retention]
review: { cadence: quarterly, lastReviewed: 2026-10-28 }

personas:
  remote:
    name: Home worker
    segment: Works from home 3–5 days a week, 25–45, fibre 500 Mb
    description: Needs the connection for video calls all day; tries every self-service option before picking up the phone.
    goals: [Be back online before the next meeting, Know when it will be fixed]
    needs: [Honest outage information, A fix or a time — not a script]
    frustrations: [Being told to restart the router for the third time, Waiting on hold on a mobile hotspot]
    behaviours: [Checks the app and Downdetector first, Uses chat before calling]
    quote: Tell me it's a known fault and when it'll be fixed, and I'll stop calling.
    share: 0.4
  senior:
    name: Older customer
    segment: Retired, 65+, on a landline and broadband bundle
    description: Has been a customer for 14 years; relies on the line for video calls with family and the home alarm.
    goals: [Get the line working without technical jargon, Speak to a person]
    needs: [Short phone menus, Someone who explains what happens next]
    frustrations: [Automated menus, Being passed between departments]
    behaviours: [Always phones, Writes the agent's name and a reference number down]
    quote: I don't mind waiting if someone tells me what's going on — I just want a person.
    share: 0.25

stages:
  - name: Problem
    steps:
      - The connection drops in the middle of a video call:
          touchpoints: [{ channel: product, name: Kestrel Hub router, department: Network Operations }]
          thoughts: Red light again. Ten minutes before my client call.
          emotions: { remote: -1.5, senior: -1 }
          insights: [fault-interviews]
          blueprint:
            backstage: Network alarm raised for the street cabinet
            systems: Network monitoring (Netcool)
            physical: Router with a flashing red light
      - Checks the service status in the app:
          id: status-check
          touchpoints:
            - { id: service-status, channel: app, name: service status, department: Digital }
            - { channel: web, name: status page, department: Digital }
          thoughts: “No known issues in your area” — then why is the whole street offline?
          emotions:
            remote: { score: -1.5, evidence: measured, insights: [outage-lag] }
            senior: { score: -0.5, thoughts: I don't use the app. I'll ring them. }
          blueprint:
            backstage: Network Operations confirms the incident before publishing it
            systems: [Status page CMS, Incident management (ServiceNow)]
  - name: Contact
    steps:
      - Tries the virtual assistant in the app:
          id: chatbot
          touchpoints: [{ channel: chat, name: virtual assistant, department: Digital }]
          thoughts: It just told me to restart the router. I already did — twice.
          emotions:
            remote: { score: -1, evidence: measured, insights: [chatbot-logs] }
            senior: 0
          blueprint:
            systems: [Chatbot (Nuance), Knowledge base]
      - Calls 0800 support and works through the phone menu:
          id: ivr
          touchpoints: [{ id: phone-menu, channel: phone, name: automated phone menu, department: Customer Operations }]
          thoughts: Press 3 for broadband, then 2 for faults, then 4 for “something else”…
          emotions:
            remote: -1
            senior: { score: -1.5, evidence: measured, insights: [ivr-analytics] }
          blueprint:
            systems: [IVR (Genesys Cloud), Account lookup by phone number]
      - Waits in the queue:
          id: queue
          touchpoints: [{ id: call-queue, channel: phone, name: call queue, department: Customer Operations }]
          thoughts: Eighteen minutes of the same song, on my mobile data.
          emotions:
            remote: { score: -2, evidence: measured, insights: [queue-data] }
            senior: { score: -1.5, evidence: measured, insights: [queue-data] }
          blueprint:
            backstage: Workforce planning staffs to the average, not the outage peak
            systems: [Genesys Cloud, Workforce management (NICE)]
  - name: Diagnosis
    steps:
      - Answers the security questions again:
          id: security
          touchpoints: [{ channel: phone, name: fault agent, department: Technical Support }]
          thoughts: I typed my account number in the menu. Why ask again?
          emotions:
            remote: { score: -1, evidence: reported, insights: [reverify-verbatims] }
            senior: -1
          blueprint:
            frontstage: Agent verifies name, address and the last three digits of the bank account
            systems: CRM (Salesforce Service Cloud)
      - Agent runs a line test and resets the router remotely:
          id: line-test
          touchpoints: [{ channel: phone, name: fault agent, department: Technical Support }]
          moment-of-truth: The agent's first two minutes — owning the problem and explaining the line test — decide whether the customer trusts the fix
          emotions:
            remote: 0
            senior: { score: 0.5, evidence: observed, insights: [call-listening] }
          blueprint:
            frontstage: Agent explains the test result in plain words
            backstage: Line test and remote router reset
            support: Second-line network desk on call
            systems: [Line test tool, Router management (TR-069)]
  - name: Resolution
    steps:
      - Books an engineer for Thursday, 8am to 1pm:
          id: booking
          touchpoints: [{ channel: sms, name: appointment confirmation, department: Field Operations }]
          thoughts: A five-hour window, two days away. I'll have to work from a café.
          emotions:
            remote: { score: -1, evidence: measured, insights: [engineer-survey] }
            senior: 0
          blueprint:
            backstage: Field scheduling offers AM/PM slots only
            systems: Field service scheduling (Click)
      - Engineer fixes a faulty joint at the street cabinet:
          id: engineer-visit
          touchpoints: [{ channel: in-person, name: engineer visit, department: Field Operations }]
          moment-of-truth: The engineer is the only person from Kestrel most customers ever meet face to face
          emotions: { remote: 1.5, senior: 2 }
          insights: [fault-interviews]
          blueprint:
            frontstage: Engineer tests the line at the house and explains the fix
            backstage: Cabinet joint replaced and the line retested
            physical: [Engineer's van and ID badge, Job sheet left at the door]
  - name: Follow-up
    id: follow-up
    loop: { to: contact, reason: 19% of fault callers call again within seven days when the fault returns }
    steps:
      - Answers a survey about the call by text:
          touchpoints: [{ channel: sms, name: post-call survey, department: Customer Insight }]
          emotions: { remote: 0, senior: 0.5 }
          insights: [fault-interviews]
          blueprint:
            systems: Survey platform (Qualtrics)
      - Sees automatic compensation on the next bill:
          id: compensation
          touchpoints: [{ channel: email, name: monthly bill, department: Billing }, { channel: app, name: bill, department: Billing }]
          thoughts: They paid me back for three days without me asking.
          emotions: { remote: 0.5, senior: 1 }
          insights: [fault-interviews]
          blueprint:
            backstage: Compensation calculated from the fault ticket's open days
            systems: Billing (Amdocs)
            physical: Bill line “Service credit — 3 days without broadband”
  - name: Renewal
    steps:
      - Compares providers as the contract ends:
          id: compare-providers
          touchpoints:
            - { channel: mail, name: end-of-contract letter, department: Billing }
            - web: comparison site
          thoughts: £12 a month more from April — and after that outage.
          emotions:
            remote: { score: -1, evidence: reported, insights: [retention-interviews] }
            senior: -0.5
          blueprint:
            backstage: End-of-contract notices generated 60 days before the end date
            systems: Billing (Amdocs)
            physical: End-of-contract letter
      - Accepts a loyalty offer from the retention team:
          id: loyalty-offer
          touchpoints: [{ channel: phone, name: retention team, department: Retention }]
          emotions: { remote: 0.5, senior: 1 }
          insights: [fault-interviews]
          blueprint:
            frontstage: Retention adviser offers a price from the save desk matrix
            systems: Offer engine

paths:
  - name: Requests a call-back
    kind: alternative
    from: ivr
    rejoin: security
    share: 0.28
    description: At busy times the phone menu offers a call-back instead of the queue.
    steps:
      - Chooses a call-back instead of waiting:
          touchpoints: [{ channel: phone, name: call-back option, department: Customer Operations }]
          emotions: { remote: 0.5, senior: -0.5 }
          insights: [fault-interviews]
          blueprint:
            systems: Genesys call-back queue
      - Gets the call-back two hours later:
          touchpoints: [{ channel: phone, name: call-back, department: Technical Support }]
          thoughts: At least they rang when they said they would.
          emotions: { remote: 0, senior: 0.5 }
          insights: [fault-interviews]
          blueprint:
            frontstage: Agent calls back within the promised two-hour slot
            systems: Agent desktop (Salesforce Service Cloud)

insights:
  - id: fault-interviews
    text: 20 customers were interviewed within 48 hours of a fault call and walked through each step and how it felt.
    source: interview
    date: 2026-10-09
  - id: outage-lag
    text: Outages appear on the status page 45 minutes (median) after the first customer call about them.
    source: analytics
    date: 2026-08-20
    reference: Incident log against status page changes, January–July 2026
  - id: chatbot-logs
    text: 64% of virtual assistant fault conversations end with "restart your router" and a hand-off to the phone line.
    source: analytics
    date: 2026-08-20
  - id: ivr-analytics
    text: 32% of callers choose "something else" or press 0 in the five-level phone menu; callers over 65 do so twice as often.
    source: analytics
    date: 2026-07-15
  - id: queue-data
    text: The average wait at weekday peaks (8–10am, 5–7pm) is 18 min 20 s, and 21% of callers hang up before an answer.
    source: analytics
    date: 2026-09-01
  - id: reverify-verbatims
    text: '"I typed my account number and they still asked for it" is the top theme in 1,840 post-call survey comments.'
    source: survey
    date: 2026-09-22
  - id: call-listening
    text: In 25 calls listened to, agents who explained the line test result scored 4.6 of 5 CSAT against 3.1 for the rest.
    source: observation
    date: 2026-08-28
  - id: engineer-survey
    text: Engineer visits score 4.7 of 5; the five-hour appointment window is the most common complaint.
    source: survey
    date: 2026-09-15
  - id: repeat-calls
    text: 19% of fault callers call again within 7 days; 40% of them still have the fault.
    source: analytics
    date: 2026-10-05
  - id: retention-interviews
    text: 7 of 12 customers who left said they were offered a better price only after asking to cancel.
    source: interview
    date: 2026-10-12
    personas: [remote, senior]

painPoints:
  - Status page says "no known issues" during an outage:
      { id: status-lag, at: service-status, severity: 4, reach: 0.45, personas: [remote], evidence: measured, insights: [outage-lag] }
  - Virtual assistant loops back to "restart your router":
      { id: bot-loop, at: chatbot, severity: 3, reach: 0.3, personas: [remote], evidence: measured, insights: [chatbot-logs] }
  - Five-level phone menu:
      { id: ivr-maze, at: phone-menu, severity: 3, reach: 0.7, personas: [senior, remote], evidence: measured, insights: [ivr-analytics] }
  - Eighteen-minute wait at peak times:
      { id: long-queue, at: call-queue, severity: 5, reach: 0.6, personas: [remote, senior], evidence: measured, insights: [queue-data, repeat-calls] }
  - Asked for the account details twice:
      { id: asked-twice, at: security, severity: 2, reach: 0.8, personas: [remote, senior], evidence: reported, insights: [reverify-verbatims] }
  - Five-hour engineer window two days away:
      { id: wide-window, at: booking, severity: 3, reach: 0.25, personas: [remote], evidence: measured, insights: [engineer-survey] }
  - Best price only after asking to cancel:
      { id: retention-on-cancel, at: compare-providers, severity: 3, reach: 0.35, personas: [remote, senior], evidence: reported, insights: [retention-interviews] }

gains:
  - The agent explains the line test in plain words:
      { at: line-test, severity: 4, reach: 0.5, personas: [senior, remote], evidence: observed, insights: [call-listening] }
  - The engineer fixes it first time:
      { at: engineer-visit, severity: 5, reach: 0.25, personas: [remote, senior], evidence: measured, insights: [engineer-survey] }
  - Compensation arrives without asking:
      { at: compensation, severity: 3, reach: 0.3, personas: [senior, remote], evidence: assumed }

opportunities:
  - Publish outages automatically from network alarms:
      { id: auto-outage-notice, addresses: [status-lag, long-queue], impact: 4, effort: 3, confidence: 0.7, status: planned,
        owner: Nadia Hussain (Head of Network Operations), metrics: [queue-time, fcr] }
  - Recognise the caller and known outages before the menu:
      { id: smart-ivr, addresses: [ivr-maze, asked-twice, long-queue], impact: 4, effort: 3, confidence: 0.6, status: validated,
        owner: James Whitaker (Contact Centre Technology Lead), metrics: [contact-ces, queue-time] }
  - Let the virtual assistant run the line test:
      { id: bot-line-test, addresses: [bot-loop], impact: 3, effort: 2, confidence: 0.6, status: idea,
        owner: Priya Shah (Digital Care Product Manager), metrics: [fcr] }
  - Two-hour engineer slots with live tracking:
      { id: narrow-slots, addresses: [wide-window], impact: 3, effort: 4, confidence: 0.5, status: idea,
        owner: Tom Ellis (Field Operations Manager), metrics: [visit-csat] }
  - Offer the loyalty price before the contract ends:
      { id: proactive-renewal, addresses: [retention-on-cancel], impact: 4, effort: 2, confidence: 0.7, status: validated,
        owner: Carla Reyes (Head of Retention), metrics: [contract-end-churn] }

actions:
  - Connect network alarms to the status page and app push:
      { opportunity: auto-outage-notice, owner: Nadia Hussain, department: Network Operations, due: 2027-02-26, status: in-progress, kpi: { metric: queue-time, change: -6 } }
  - Play a known-outage message before the main phone menu:
      { opportunity: smart-ivr, owner: James Whitaker, department: Customer Operations, due: 2027-01-29, status: in-progress, kpi: { metric: contact-ces, change: 0.6 } }
  - Pass the menu's verification to the agent desktop:
      { opportunity: smart-ivr, owner: James Whitaker, department: Customer Operations, due: 2027-04-30, status: todo, kpi: { metric: fcr, change: 4 } }
  - Add a line test to the virtual assistant's fault flow:
      { opportunity: bot-line-test, owner: Priya Shah, department: Digital, due: 2027-06-30, status: todo, kpi: { metric: fcr, change: 5 } }
  - Send the loyalty price with the end-of-contract letter:
      { opportunity: proactive-renewal, owner: Carla Reyes, department: Retention, due: 2027-03-31, status: todo, kpi: { metric: contract-end-churn, change: -4 } }

metrics:
  - First-contact resolution:
      id: fcr
      kind: custom
      unit: '%'
      direction: up
      baseline: 58
      target: 75
      measurements:
        - { date: 2026-04-30, value: 58, source: Salesforce Service Cloud }
        - { date: 2026-07-31, value: 60, source: Salesforce Service Cloud }
        - { date: 2026-10-31, value: 61, source: Salesforce Service Cloud }
  - Average wait in the queue:
      id: queue-time
      kind: time
      at: call-queue
      unit: minutes
      direction: down
      baseline: 18.3
      target: 5
      measurements:
        - { date: 2026-09-01, value: 18.3, source: Genesys Cloud }
        - { date: 2026-10-31, value: 16.9, source: Genesys Cloud }
  - Effort to reach the right person (CES):
      id: contact-ces
      kind: ces
      at: contact
      unit: score of 7
      direction: up
      baseline: 3.4
      target: 5
      measurements:
        - { date: 2026-06-30, value: 3.4, source: Post-call SMS survey }
        - { date: 2026-09-30, value: 3.6, source: Post-call SMS survey }
  - Engineer visit satisfaction:
      id: visit-csat
      kind: csat
      at: resolution
      unit: '%'
      direction: up
      baseline: 71
      target: 85
      measurements:
        - { date: 2026-06-30, value: 71, source: Qualtrics }
        - { date: 2026-09-30, value: 73, source: Qualtrics }
  - Churn at contract end:
      id: contract-end-churn
      kind: churn
      at: renewal
      unit: '%'
      direction: down
      baseline: 24
      target: 18
      measurements:
        - { date: 2026-03-31, value: 24, source: Billing churn report }
        - { date: 2026-09-30, value: 23, source: Billing churn report }
  - Relationship NPS after a fault:
      id: nps
      kind: nps
      unit: points
      direction: up
      baseline: -4
      target: 10
      measurements:
        - { date: 2026-06-30, value: -4, source: Quarterly relationship survey }
        - { date: 2026-09-30, value: -1, source: Quarterly relationship survey }
`,
};
