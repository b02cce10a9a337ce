import type { Template } from './template.js';

/** B2B SaaS onboarding of a support team, with an assisted-migration unhappy path and a renewal loop back to roll-out. */
export const saasOnboarding: Template = {
  id: 'saas-onboarding',
  name: 'B2B SaaS onboarding',
  description:
    'Admins, team leads and agents of a new helpdesk customer, from the signed order through set-up, data import and roll-out to first value and renewal.',
  industry: 'B2B software',
  source: `
title: Onboarding a new support team to Relay Helpdesk
objective: Cut the time from signed order to first value for Business-plan accounts from 23 to 10 days, and with it first-year churn
description: Current-state map of B2B onboarding for 20–200 seat accounts, from the signed order form to the first renewal.
status: published
owner: Oliver Grant, Head of Customer Success
version: 2026-Q4
tags: [b2b, saas, onboarding, customer success, renewal]
review: { cadence: quarterly, lastReviewed: 2026-10-21 }

personas:
  admin:
    name: Operations admin
    segment: IT or ops generalist at a 50–500 employee company
    description: Sets Relay up alongside a day job; owns the inbox, SSO and integrations but is not a mail-server expert.
    goals: [Go live without losing a single open ticket, "Hand over a tidy, secure set-up"]
    needs: [A checklist with clear order and owners, Fixes in plain language when something fails]
    frustrations: [Steps that silently need another team, Vendors who answer with a docs link]
    behaviours: [Works through set-up in evening blocks, Reads the docs before calling anyone]
    quote: I don't mind doing the work — I mind finding out on day three that I needed IT for it.
    share: 0.45
  lead:
    name: Support team lead
    segment: Buyer and champion, manages 10–40 agents
    description: Chose Relay to cut first-response time and has promised the director results within a quarter.
    goals: [Show a measurable drop in first-response time, Keep the team on side during the switch]
    needs: [A dated plan from the vendor, Reports that prove progress]
    frustrations: [Slipping go-live dates, Surprises on the invoice]
    behaviours: [Joins every vendor call, Shares dashboard screenshots in leadership updates]
    quote: I sold this internally. If first-response time hasn't moved by the review, I'm the one explaining it.
    share: 0.35
  agent:
    name: Support agent
    segment: Front-line agent, 30–60 tickets a day
    description: Lives in the queue all day; has been through two helpdesk switches already.
    goals: [Clear the queue without hunting for things, Keep their customer history]
    needs: [Their own views and shortcuts from day one, Macros for the ten most common answers]
    frustrations: [Training aimed at admins, Losing context on open tickets]
    behaviours: [Learns by doing, Asks colleagues before reading docs]
    quote: Just show me where my queue is and how I reply with a macro.
    share: 0.2

stages:
  - name: Kick-off
    id: kickoff
    steps:
      - Signs the order form and gets the welcome pack:
          touchpoints: [{ channel: email, name: welcome pack, department: Customer Success }]
          thoughts: Good — a named onboarding manager and a checklist.
          emotions: { admin: 1, lead: 1.5, agent: 0 }
          insights: [shadowing]
          blueprint:
            backstage: Deal closed in Salesforce triggers the onboarding project
            systems: [Salesforce, Gainsight]
      - Joins the kick-off call with the onboarding manager:
          id: kickoff-call
          touchpoints:
            - { channel: phone, name: kick-off video call, department: Customer Success }
            - { channel: web, name: shared onboarding plan, department: Customer Success }
          moment-of-truth: A dated plan with owners sets expectations for the whole first quarter
          emotions: { admin: 1, lead: 1.5, agent: 0.5 }
          insights: [shadowing]
          blueprint:
            frontstage: Onboarding manager agrees go-live date and owners
            backstage: Solutions engineer reviews the old helpdesk export
            systems: Gainsight success plan
  - name: Set-up
    id: setup
    steps:
      - Connects the support inbox and verifies the domain:
          id: connect-inbox
          touchpoints:
            - { channel: app, name: admin console, department: Product }
            - { channel: email, name: DNS record instructions, department: Support }
          thoughts: What's a DKIM record, and who here can change DNS?
          emotions:
            admin: { score: -1, evidence: reported, insights: [admin-interviews, ces-survey] }
            lead: -0.5
            agent: 0
          blueprint:
            backstage: Domain checks retried every 15 minutes for 72 hours
            systems: [Mail relay, DNS verification service]
      - Imports three years of tickets from the old helpdesk:
          id: import
          touchpoints: [{ id: migration-tool, channel: web, name: migration tool, department: Solutions Engineering }]
          thoughts: 'Import stopped at 71% — "attachment too large". Now what?'
          emotions:
            admin: { score: -1.5, evidence: measured, insights: [import-tickets] }
            lead: -1
            agent: { score: -0.5, thoughts: Will my open tickets come across? }
          blueprint:
            backstage: Import jobs run in a queue; failures e-mail the admin only
            support: Solutions Engineering on call 9am–6pm
            systems: [Migration service, Zendesk and Freshdesk APIs]
      - Configures single sign-on and roles:
          id: sso
          touchpoints: [{ channel: app, name: admin console, department: Product }, { channel: web, name: help centre, department: Customer Education }]
          emotions: { admin: -0.5, lead: 0, agent: 0 }
          insights: [shadowing]
          blueprint:
            support: Help centre articles owned by Customer Education
            systems: [SAML, SCIM provisioning]
  - name: Team roll-out
    id: rollout
    steps:
      - Invites 25 agents:
          id: invite
          touchpoints: [{ channel: email, name: agent invitation, department: Product }]
          emotions: { admin: 1, lead: 1, agent: 0 }
          insights: [shadowing]
          blueprint:
            systems: User provisioning
      - Agents attend the live training webinar:
          id: training
          touchpoints: [{ channel: event, name: live training webinar, department: Customer Education }]
          thoughts: This is all admin settings. Where's my queue?
          emotions:
            admin: 0.5
            lead: 0
            agent: { score: -1, evidence: measured, insights: [training-survey] }
          blueprint:
            frontstage: Trainer runs one 60-minute session for all roles
            support: Recording posted in the academy
            systems: [Zoom Webinars, Relay Academy]
      - Goes live and answers the first tickets in Relay:
          id: go-live
          touchpoints: [{ id: agent-workspace, channel: app, name: agent workspace, department: Product }]
          moment-of-truth: The first live day decides whether agents accept the new tool or work around it
          emotions:
            admin: 0
            lead: -0.5
            agent: { score: -1.5, thoughts: Half my morning went on finding my views., evidence: observed, insights: [go-live-observation] }
          blueprint:
            frontstage: Onboarding manager on a hypercare call 9–11am
            backstage: Support team watches error rates on the go-live dashboard
            systems: [Agent workspace, Status page]
            physical: Printed shortcut card
  - name: First value
    id: value
    steps:
      - Builds macros and automations:
          id: automations
          touchpoints:
            - { channel: app, name: automation builder, department: Product }
            - { channel: chat, name: in-app help, department: Support }
          emotions: { admin: 1, lead: 1.5, agent: 1 }
          insights: [shadowing]
          blueprint:
            frontstage: Support agents answer in-app chat in under 2 minutes
            systems: [Automation engine, Intercom]
      - Sees first-response time drop on the dashboard:
          id: dashboard
          touchpoints: [{ channel: app, name: reporting dashboard, department: Product }]
          moment-of-truth: The first proof the switch paid off — the chart the lead takes to the director
          thoughts: 'First-response time down from 4 h 10 min to 1 h 25 min.'
          emotions: { admin: 1.5, lead: 2, agent: 1 }
          insights: [shadowing]
          blueprint:
            systems: Analytics warehouse (refreshed hourly)
  - name: Success review
    id: review
    steps:
      - Joins the 60-day success review:
          touchpoints: [{ channel: phone, name: success review call, department: Customer Success }]
          emotions: { admin: 1, lead: 1.5, agent: 0.5 }
          insights: [shadowing]
          blueprint:
            frontstage: Customer success manager presents adoption and response times
            backstage: Health score computed from usage and tickets
            systems: Gainsight
      - Adds the knowledge base add-on:
          touchpoints:
            - { channel: web, name: billing page, department: Finance }
            - { channel: email, name: add-on quote, department: Sales }
          emotions: { admin: 0.5, lead: 1, agent: 1 }
          insights: [shadowing]
          blueprint:
            systems: [Chargebee, Salesforce CPQ]
  - name: Renewal
    id: renewal
    loop:
      to: rollout
      reason: 38% of renewing accounts bring a second team, such as billing or sales ops, through roll-out
    steps:
      - Receives the renewal quote 60 days before term end:
          id: renewal-quote
          touchpoints: [{ channel: email, name: renewal quote, department: Finance }]
          thoughts: A 9% uplift? Nobody mentioned that at the review.
          emotions:
            admin: -0.5
            lead: { score: -1, evidence: observed, insights: [renewal-calls] }
            agent: 0
          blueprint:
            backstage: Finance applies list-price uplift automatically
            systems: [Chargebee, Salesforce]
      - Renews for a second year:
          touchpoints: [{ channel: phone, name: account manager call, department: Sales }]
          emotions: { admin: 1, lead: 1, agent: 1 }
          insights: [shadowing]
          blueprint:
            frontstage: Account manager negotiates a two-year term
            physical: Signed renewal order form

paths:
  - name: Import fails — assisted migration
    kind: unhappy
    from: import
    rejoin: invite
    share: 0.22
    steps:
      - Raises a ticket about the failed import:
          touchpoints: [{ channel: chat, name: support chat, department: Support }]
          emotions: { admin: -2, lead: -1, agent: -0.5 }
          insights: [shadowing]
          blueprint:
            backstage: Ticket escalated to Solutions Engineering
      - Migration engineer reruns the import overnight:
          touchpoints: [{ channel: email, name: migration report, department: Solutions Engineering }]
          emotions: { admin: 0.5, lead: 0, agent: 0 }
          insights: [shadowing]
          blueprint:
            backstage: Engineer splits large attachments and reruns the job

insights:
  - id: shadowing
    text: Researchers followed 6 new accounts from kick-off to day 60 and rated each step with 6 admins, 6 leads and 18 agents.
    source: observation
    date: 2026-09-24
  - id: ttfv-analytics
    text: Median time to first value (100 tickets solved with an automation) is 23 days; 9 days where the kick-off produced a dated plan.
    source: analytics
    date: 2026-07-08
  - id: ces-survey
    text: Set-up effort scores 4.1 of 7; domain verification and ticket import are the two lowest-rated tasks.
    source: survey
    date: 2026-08-19
    reference: In-app CES survey, n = 312 admins
  - id: import-tickets
    text: 22% of imports fail at least once; 64% of failures are attachments over 20 MB.
    source: support-ticket
    date: 2026-06-25
  - id: admin-interviews
    text: 6 of 9 admins needed someone in IT for domain verification; "the DNS step assumes I'm a sysadmin".
    source: interview
    date: 2026-05-14
    personas: [admin]
  - id: training-survey
    text: Agents rate the training webinar 3.2 of 5; "it showed admin settings, not how I work my queue".
    source: survey
    date: 2026-08-02
    personas: [agent]
  - id: go-live-observation
    text: On three go-live days agents spent 40–90 minutes rebuilding personal views before answering tickets.
    source: observation
    date: 2026-09-16
    personas: [agent]
  - id: churn-analysis
    text: Accounts without first value inside 30 days churn at 31% in year one, against 9% for the rest.
    source: analytics
    date: 2026-09-10
  - id: renewal-calls
    text: 14 of 40 recorded renewal calls raise the price uplift as a surprise.
    source: observation
    date: 2026-10-02
    reference: Gong call review, Q3 2026
  - id: chat-stats
    text: In-app chat is answered in 1 min 48 s (median) with 94% CSAT.
    source: analytics
    date: 2026-09-30

painPoints:
  - Domain verification needs someone in IT:
      { id: dns-needs-it, at: connect-inbox, severity: 4, reach: 0.6, personas: [admin], evidence: reported, insights: [admin-interviews, ces-survey] }
  - Ticket import fails on large attachments:
      { id: import-fails, at: migration-tool, severity: 5, reach: 0.22, personas: [admin, lead], evidence: measured, insights: [import-tickets] }
  - SCIM provisioning is documented for Okta only:
      { id: scim-docs, at: sso, severity: 2, reach: 0.3, personas: [admin], evidence: reported, insights: [ces-survey] }
  - One training for all roles:
      { id: generic-training, at: training, severity: 3, reach: 0.8, personas: [agent], evidence: measured, insights: [training-survey] }
  - Agents lose their first morning rebuilding views:
      { id: lost-on-go-live, at: go-live, severity: 4, reach: 0.7, personas: [agent, lead], evidence: observed, insights: [go-live-observation] }
  - Renewal uplift comes as a surprise:
      { id: renewal-surprise, at: renewal-quote, severity: 3, reach: 0.35, personas: [lead], evidence: observed, insights: [renewal-calls] }

gains:
  - A dated plan with named owners after the kick-off:
      { at: kickoff-call, severity: 4, reach: 0.7, personas: [admin, lead], evidence: measured, insights: [ttfv-analytics] }
  - In-app help answers in under two minutes:
      { at: automations, severity: 3, reach: 0.5, personas: [admin, agent], evidence: measured, insights: [chat-stats] }
  - First-response time visibly drops:
      { at: dashboard, severity: 5, reach: 0.6, personas: [lead], evidence: measured, insights: [churn-analysis] }

opportunities:
  - Guided domain check with a "send to IT" link:
      { id: guided-dns, addresses: [dns-needs-it], impact: 3, effort: 2, confidence: 0.7, status: in-progress,
        owner: Lena Fischer (Admin Product Manager), metrics: [setup-ces, ttfv] }
  - Import that skips and reports oversized attachments:
      { id: resilient-import, addresses: [import-fails], impact: 4, effort: 3, confidence: 0.8, status: planned,
        owner: Dev Patel (Migrations Engineering Manager), metrics: [import-success, ttfv] }
  - Role-based training with the agent's own queue:
      { id: role-training, addresses: [generic-training, lost-on-go-live], impact: 4, effort: 2, confidence: 0.6, status: validated,
        owner: Chloe Martin (Head of Customer Education), metrics: [activation] }
  - SCIM guides for Entra ID and Google Workspace:
      { id: scim-guides, addresses: [scim-docs], impact: 2, effort: 1, confidence: 0.8, status: planned,
        owner: Lena Fischer (Admin Product Manager), metrics: [setup-ces] }
  - Renewal preview at the 60-day success review:
      { id: renewal-preview, addresses: [renewal-surprise], impact: 3, effort: 1, confidence: 0.6, status: idea,
        owner: Oliver Grant (Head of Customer Success), metrics: [logo-churn, nps] }

actions:
  - Ship the guided domain check with a shareable IT link:
      { opportunity: guided-dns, owner: Lena Fischer, department: Product, due: 2027-01-29, status: in-progress, kpi: { metric: setup-ces, change: 0.8 } }
  - Stream attachments over 20 MB and report skipped files:
      { opportunity: resilient-import, owner: Dev Patel, department: Engineering, due: 2027-03-31, status: todo, kpi: { metric: import-success, change: 15 } }
  - Pilot a 30-minute agent session using a copy of their queue:
      { opportunity: role-training, owner: Chloe Martin, department: Customer Education, due: 2027-02-26, status: todo, kpi: { metric: activation, change: 15 } }
  - Publish SCIM guides for Entra ID and Google Workspace:
      { opportunity: scim-guides, owner: Lena Fischer, department: Product, due: 2027-01-15, status: todo, kpi: { metric: setup-ces, change: 0.3 } }
  - Add the renewal price to the 60-day review deck:
      { opportunity: renewal-preview, owner: Oliver Grant, department: Customer Success, due: 2027-02-01, status: todo, kpi: { metric: logo-churn, change: -2 } }

metrics:
  - Time to first value:
      id: ttfv
      kind: time
      unit: days
      direction: down
      baseline: 23
      target: 10
      measurements:
        - { date: 2026-03-31, value: 23, source: Product analytics }
        - { date: 2026-06-30, value: 21, source: Product analytics }
        - { date: 2026-09-30, value: 18, source: Product analytics }
  - Set-up effort (CES):
      id: setup-ces
      kind: ces
      at: setup
      unit: score of 7
      direction: up
      baseline: 4.1
      target: 5.5
      measurements:
        - { date: 2026-05-31, value: 4.1, source: In-app CES survey }
        - { date: 2026-08-31, value: 4.3, source: In-app CES survey }
  - Imports that succeed first time:
      id: import-success
      kind: conversion
      at: migration-tool
      unit: '%'
      direction: up
      baseline: 78
      target: 95
      measurements:
        - { date: 2026-06-25, value: 78, source: Migration service logs }
        - { date: 2026-09-30, value: 80, source: Migration service logs }
  - Invited agents active in week one:
      id: activation
      kind: conversion
      at: rollout
      unit: '%'
      direction: up
      baseline: 61
      target: 85
      measurements:
        - { date: 2026-06-30, value: 61, source: Product analytics }
        - { date: 2026-09-30, value: 64, source: Product analytics }
  - Day-90 NPS:
      id: nps
      kind: nps
      at: review
      unit: points
      direction: up
      baseline: 22
      target: 40
      measurements:
        - { date: 2026-04-30, value: 22, source: Delighted survey }
        - { date: 2026-07-31, value: 27, source: Delighted survey }
  - First-year logo churn:
      id: logo-churn
      kind: churn
      unit: '%'
      direction: down
      baseline: 14
      target: 8
      measurements:
        - { date: 2025-12-31, value: 14, source: Finance churn report }
        - { date: 2026-06-30, value: 13, source: Finance churn report }
`,
};
