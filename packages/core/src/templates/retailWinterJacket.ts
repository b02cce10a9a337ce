import type { Template } from './template.js';

/** Online retail: a winter jacket bought online, with the size-exchange unhappy path and the repeat-purchase loop. */
export const retailWinterJacket: Template = {
  id: 'retail-winter-jacket',
  name: 'Buying a winter jacket online',
  description:
    'Price-sensitive first-time buyers and loyal members of an outdoor-clothing web shop, from the first cold day through price comparison, checkout, delivery and a size exchange to the next order.',
  industry: 'Retail and e-commerce',
  source: `
title: Buying a winter jacket online
objective: Find out why first-time buyers leave to compare prices elsewhere, win the order at checkout and turn a first jacket into a second purchase
description: Current-state map of the Fellside Outdoor web shop for the 2026/27 winter season, from the first cold day to the next order.
scope: interaction
status: published
owner: Priya Raman, Head of Customer Experience
version: "2026.4"
tags: [retail, e-commerce, apparel, repeat purchase]
review: { cadence: quarterly, lastReviewed: 2026-10-14 }

personas:
  shopper:
    name: Budget shopper
    segment: First-time buyer, price-sensitive, 25–40
    description: Needs one good jacket that lasts several winters and shops around hard before spending £400.
    goals: ["A warm, waterproof jacket for the daily commute", Pay no more than a fair price]
    needs: [Clear total price including delivery, Confidence in the size before ordering]
    frustrations: [Prices that change between sites, Returning parcels at the post office]
    behaviours: [Opens 3–5 shops and a comparison site in tabs, Reads 1-star reviews first, Waits for a discount code]
    quote: Nice jacket, but I'd be mad to pay £400 if it's £360 somewhere else.
    share: 0.6
  loyal:
    name: Returning customer
    segment: Fellside Club member, two or more orders in 24 months
    description: Trusts the brand's quality and buys for the whole family; wants it quick and without surprises.
    goals: [Replace last season's jacket quickly, Use member points and free delivery]
    needs: [Saved sizes and addresses, Reliable next-day delivery]
    frustrations: [Offers for products already bought, Having to re-enter details on the app]
    behaviours: [Orders on the app in the evening, Opens the member newsletter, Leaves reviews when asked]
    quote: I know my size, I know the brand — just get it to me before the weekend.
    share: 0.4

stages:
  - name: Awareness
    steps:
      - Feels the cold, decides to buy a jacket:
          touchpoints: [word of mouth]
          thoughts: My old coat won't survive another winter.
          emotions: { shopper: 0, loyal: 1 }
          insights: [diary-study]
      - Sees the winter campaign on Instagram:
          touchpoints:
            - { channel: social, name: Instagram winter campaign, department: Marketing }
            - { channel: ads, name: search ads "warm winter jacket", department: Marketing }
          emotions: { shopper: 0.5, loyal: 1 }
          insights: [diary-study]
          blueprint:
            backstage: Performance team targets lookalike audiences of Club members
            systems: [Meta Ads Manager, Google Ads]
  - name: Consideration
    steps:
      - Searches the shop, finds jackets at £400–500:
          id: search
          touchpoints:
            - { id: product-search, channel: web, name: product search, department: E-commerce }
            - { channel: app, name: saved favourites, department: E-commerce }
          thinking: Nice, but is it cheaper elsewhere?
          emotions: { shopper: 1, loyal: 1.5 }
          insights: [diary-study]
          blueprint:
            backstage: Merchandising ranks winter jackets by margin and stock
            systems: [Algolia search, Product information system]
            physical: Product photos on models of three heights
      - Checks the size guide and reviews:
          id: size-guide
          touchpoints:
            - { channel: web, name: product page, department: E-commerce }
            - { channel: chat, name: live chat sizing help, department: Customer Service }
          thoughts: Between a medium and a large — how does the down fill fit?
          emotions:
            shopper: { score: -0.5, evidence: reported, insights: [fit-interviews] }
            loyal: 1
          blueprint:
            frontstage: Chat adviser answers sizing questions 8am–8pm
            support: Size charts maintained by the Buying team
            systems: [Zendesk chat, Reviews platform (Bazaarvoice)]
      - Compares prices on other sites:
          id: compare
          touchpoints: [web: comparison sites]
          thoughts: Same jacket is £379 on a marketplace — but is that seller genuine?
          emotions:
            shopper: { score: -1, evidence: measured, insights: [exit-survey, session-analytics] }
            loyal: 0
          blueprint:
            backstage: Pricing team checks competitor prices weekly, not daily
            systems: Price monitoring tool (weekly crawl)
  - name: Purchase
    steps:
      - Returns and adds the jacket to the basket:
          touchpoints:
            - { channel: web, name: basket, department: E-commerce }
            - { channel: email, name: basket reminder after 24 hours, department: CRM }
          emotions: { shopper: 0.5, loyal: 1.5 }
          insights: [diary-study]
          blueprint:
            systems: [Shopify Plus, Klaviyo]
      - Checks out and pays £400:
          id: pays
          touchpoints:
            - { id: checkout, channel: web, name: checkout, department: E-commerce }
          moment-of-truth: The total price and the delivery date decide whether the order happens or the tab is closed
          emotions:
            shopper: { score: 0, thoughts: "£4.95 delivery? That wasn't on the product page.", evidence: measured, insights: [checkout-funnel] }
            loyal: 2
          blueprint:
            backstage: Fraud screening on orders over £300
            systems: [Shopify checkout, Adyen payments, Klarna]
            physical: Order number on screen
      - Receives the order confirmation:
          id: order-confirmation
          touchpoints: [{ channel: email, name: order confirmation, department: CRM }]
          emotions: { shopper: 1, loyal: 2 }
          insights: [diary-study]
          blueprint:
            systems: Klaviyo transactional email
            physical: Confirmation email with delivery date
  - name: Delivery
    steps:
      - Tracks the parcel:
          id: tracking
          touchpoints:
            - { id: tracking-sms, channel: sms, name: courier tracking updates, department: Logistics }
            - { channel: phone, name: customer service line, department: Customer Service }
          thoughts: It's said "preparing" for two days. Has it even left?
          emotions:
            shopper: { score: -1, evidence: measured, insights: [wismo-tickets] }
            loyal: { score: -0.5, evidence: measured, insights: [wismo-tickets] }
          blueprint:
            frontstage: Service agents look up tracking on the courier portal
            backstage: Warehouse picks and packs within 24 hours on weekdays
            support: Courier hand-over at 6pm daily
            systems: [DPD tracking API, Warehouse management system]
      - Receives the parcel at the door:
          touchpoints:
            - channel: delivery
              name: courier doorstep delivery
              department: Logistics
              momentOfTruth: The first physical contact with the brand — recycled box, tissue paper and a handwritten thank-you card
          emotions: { shopper: 1.5, loyal: 1.5 }
          insights: [diary-study]
          blueprint:
            frontstage: Courier delivers in a one-hour window
            physical: [Recycled box, Fellside tissue paper, Thank-you card, Returns label]
  - name: Usage
    steps:
      - Tries it on; colour and texture match the photos:
          id: try-on
          touchpoints: [{ channel: product, name: the jacket, department: Buying }]
          moment-of-truth: Fit and colour against the photos decide whether the jacket stays or goes back
          emotions: { shopper: 2, loyal: 2 }
          insights: [diary-study]
          blueprint:
            physical: [Jacket, Care label, Swing tag with fill power]
      - Wears it through the first cold week:
          id: wears
          touchpoints: [{ channel: product, name: the jacket, department: Buying }, { channel: app, name: care tips, department: E-commerce }]
          thoughts: Warm at -5 °C on the platform and it packs into its own pocket.
          emotions: { shopper: 2, loyal: 2 }
          insights: [diary-study]
          blueprint:
            support: Care guides written by the Product team
            physical: Jacket with a two-year repair guarantee card
  - name: Loyalty
    loop: { to: consideration, reason: Two in five buyers come back for boots or base layers within a season }
    steps:
      - Writes a review:
          touchpoints:
            - { channel: email, name: review request after 14 days, department: CRM }
            - { channel: web, name: product reviews, department: E-commerce }
          emotions: { shopper: 1, loyal: 1.5 }
          insights: [diary-study]
          blueprint:
            backstage: Reviews moderated within 48 hours
            systems: Bazaarvoice
      - Plans the next purchase at the same shop:
          id: next-purchase
          touchpoints:
            - { id: newsletter, channel: email, name: Fellside Club newsletter, department: CRM }
            - { channel: app, name: member offers, department: CRM }
          emotions:
            shopper: 1
            loyal: { score: 0.5, thoughts: "Another 20% off jackets? I bought one last month.", evidence: reported, insights: [member-interviews] }
          blueprint:
            backstage: CRM sends the same seasonal campaign to every member
            systems: [Klaviyo, Loyalty platform]

paths:
  - name: Wrong size — exchange
    kind: unhappy
    from: try-on
    rejoin: wears
    share: 0.13
    description: The jacket fits badly and the customer exchanges it for another size.
    steps:
      - Books a free exchange in the returns portal:
          touchpoints: [{ channel: web, name: returns portal, department: Customer Service }]
          emotions: { shopper: -1, loyal: -0.5 }
          insights: [diary-study]
          blueprint:
            systems: ZigZag returns portal
      - Drops the parcel at a Post Office counter:
          id: drop-off
          touchpoints: [{ channel: partner, name: Post Office counter, department: Logistics }]
          thoughts: Queue out of the door on a Saturday.
          emotions:
            shopper: { score: -2, evidence: measured, insights: [returns-data] }
            loyal: { score: -1, evidence: measured, insights: [returns-data] }
          blueprint:
            backstage: Returns are checked at the warehouse before the new size ships
            physical: Printed returns label
      - Receives the new size five days later:
          touchpoints: [{ channel: delivery, name: exchange delivery, department: Logistics }]
          emotions: { shopper: 0.5, loyal: 1 }
          insights: [diary-study]
          blueprint:
            backstage: The new size ships only after the return is checked in
            physical: New size with a returns label

insights:
  - id: diary-study
    text: Diary study with 14 recent jacket buyers, who logged each step of their purchase and rated how they felt at each one.
    source: interview
    date: 2026-09-25
    reference: Fellside diary study, September 2026
  - id: exit-survey
    text: 41% of first-time visitors leaving a jacket page said they were going to check the price elsewhere.
    source: survey
    date: 2026-03-12
    reference: Exit survey Q1 2026, n = 1,240
    personas: [shopper]
  - id: session-analytics
    text: 34% of returning jacket sessions arrive from a price-comparison site, most within 48 hours of the first visit.
    source: analytics
    date: 2026-05-06
    reference: GA4 exploration "jacket return visits"
  - id: fit-interviews
    text: 7 of 12 interviewed shoppers hesitated between two sizes; "the guide doesn't say how the down fill fits".
    source: interview
    date: 2026-04-22
    personas: [shopper, loyal]
  - id: checkout-funnel
    text: 24% of checkouts are abandoned at the delivery step, where the £4.95 delivery charge first appears.
    source: analytics
    date: 2026-06-03
  - id: wismo-tickets
    text: '"Where is my order?" is 27% of winter tickets; 62% of them come when a parcel has no courier scan for 24 hours.'
    source: support-ticket
    date: 2026-02-10
    reference: Zendesk report WISMO-2026-02
  - id: returns-data
    text: 18% of jackets are returned and 71% of returns give "size" as the reason; an exchange takes 6.2 days on average.
    source: analytics
    date: 2026-02-28
  - id: product-reviews
    text: Jackets average 4.6 stars; one review in five says "warmer than expected" and "exactly like the photos".
    source: review
    date: 2026-06-30
  - id: member-interviews
    text: 5 of 8 Club members said offers "feel random" and often push a product they bought weeks ago.
    source: interview
    date: 2026-09-18
    personas: [loyal]

painPoints:
  - Cannot tell if the price is fair:
      { id: price-unclear, at: compare, severity: 4, reach: 0.45, personas: [shopper], evidence: measured, insights: [exit-survey, session-analytics] }
  - Size guide does not help choose between two sizes:
      { id: size-uncertain, at: size-guide, severity: 3, reach: 0.35, personas: [shopper, loyal], evidence: reported, insights: [fit-interviews] }
  - Delivery charge appears only at checkout:
      { id: delivery-charge-late, at: checkout, severity: 3, reach: 0.3, personas: [shopper], evidence: measured, insights: [checkout-funnel] }
  - Tracking goes silent between warehouse and courier:
      { id: tracking-silent, at: tracking, severity: 3, reach: 0.22, personas: [shopper, loyal], evidence: measured, insights: [wismo-tickets] }
  - An exchange takes six days and a trip to the Post Office:
      { id: slow-exchange, at: drop-off, severity: 4, reach: 0.13, personas: [shopper, loyal], evidence: measured, insights: [returns-data] }
  - Member offers ignore what was already bought:
      { id: generic-offers, at: next-purchase, severity: 2, reach: 0.4, personas: [loyal], evidence: reported, insights: [member-interviews] }

gains:
  - Colour and texture match the photos:
      { at: try-on, severity: 4, reach: 0.8, personas: [shopper, loyal], evidence: measured, insights: [product-reviews] }
  - Warmer than expected on the first cold morning:
      { at: wears, severity: 4, reach: 0.6, personas: [shopper, loyal], evidence: reported, insights: [product-reviews] }
  - Confirmation within a minute, with a delivery date:
      { at: order-confirmation, severity: 2, reach: 0.9, personas: [shopper, loyal], evidence: observed }

opportunities:
  - Show a price-match promise next to the price:
      { id: price-match, addresses: [price-unclear], impact: 4, effort: 2, confidence: 0.7, status: validated,
        owner: Tom Hale (Head of Trading), metrics: [conversion], insights: [exit-survey] }
  - Show delivery cost and date on the product page:
      { id: delivery-upfront, addresses: [delivery-charge-late], impact: 3, effort: 1, confidence: 0.8, status: in-progress,
        owner: Aisha Bello (E-commerce Product Manager), metrics: [checkout-drop-off] }
  - Fit finder from height, weight and preferred fit:
      { id: fit-finder, addresses: [size-uncertain, slow-exchange], impact: 4, effort: 3, confidence: 0.6, reach: 0.35, status: planned,
        owner: Aisha Bello (E-commerce Product Manager), metrics: [size-returns] }
  - Proactive SMS when a parcel misses its courier scan:
      { id: proactive-tracking, addresses: [tracking-silent], impact: 3, effort: 2, confidence: 0.6, status: planned,
        owner: Marek Nowak (Logistics Manager), metrics: [wismo-contacts] }
  - Instant exchange with home collection:
      { id: instant-exchange, addresses: [slow-exchange], impact: 4, effort: 4, confidence: 0.5, status: idea,
        owner: Marek Nowak (Logistics Manager), metrics: [size-returns, nps] }
  - Member offers based on the wardrobe:
      { id: wardrobe-offers, addresses: [generic-offers], impact: 3, effort: 3, confidence: 0.5, status: idea,
        owner: Hannah Cole (CRM Lead), metrics: [churn] }

actions:
  - Add a price-match badge and claim form to jacket pages:
      { opportunity: price-match, owner: Tom Hale, department: Trading, due: 2027-01-31, status: in-progress, kpi: { metric: conversion, change: 0.4 } }
  - Pull the delivery charge and date into the product page:
      { opportunity: delivery-upfront, owner: Aisha Bello, department: E-commerce, due: 2027-02-15, status: in-progress, kpi: { metric: checkout-drop-off, change: -6 } }
  - Pilot a fit finder on the ten best-selling jackets:
      { opportunity: fit-finder, owner: Aisha Bello, department: E-commerce, due: 2027-04-30, status: todo, kpi: { metric: size-returns, change: -4 } }
  - Send an apology SMS when a parcel has no scan for 24 hours:
      { opportunity: proactive-tracking, owner: Marek Nowak, department: Logistics, due: 2027-03-15, status: todo, kpi: { metric: wismo-contacts, change: -3 } }
  - Segment Club emails by purchase history:
      { opportunity: wardrobe-offers, owner: Hannah Cole, department: CRM, due: 2027-05-31, status: todo, kpi: { metric: churn, change: -5 } }

metrics:
  - Journey NPS:
      id: nps
      kind: nps
      unit: points
      direction: up
      baseline: 31
      target: 45
      measurements:
        - { date: 2026-01-15, value: 31, source: Quarterly relationship survey }
        - { date: 2026-04-15, value: 33, source: Quarterly relationship survey }
        - { date: 2026-07-15, value: 36, source: Quarterly relationship survey }
  - Jacket page to order conversion:
      id: conversion
      kind: conversion
      at: consideration
      unit: '%'
      direction: up
      baseline: 2.1
      target: 2.8
      measurements:
        - { date: 2026-03-31, value: 2.1, source: GA4 }
        - { date: 2026-06-30, value: 2.2, source: GA4 }
        - { date: 2026-09-30, value: 2.4, source: GA4 }
  - Checkout drop-off:
      id: checkout-drop-off
      kind: drop-off
      at: checkout
      unit: '%'
      direction: down
      baseline: 24
      target: 15
      measurements:
        - { date: 2026-06-03, value: 24, source: Shopify analytics }
        - { date: 2026-09-30, value: 21, source: Shopify analytics }
  - '"Where is my order?" contacts per 100 orders':
      id: wismo-contacts
      kind: custom
      at: tracking-sms
      unit: per 100 orders
      direction: down
      baseline: 9
      target: 4
      measurements:
        - { date: 2026-02-10, value: 9, source: Zendesk }
        - { date: 2026-08-31, value: 7.5, source: Zendesk }
  - Size-related returns:
      id: size-returns
      kind: custom
      at: usage
      unit: '% of orders'
      direction: down
      baseline: 12.8
      target: 8
      measurements:
        - { date: 2026-02-28, value: 12.8, source: Returns dashboard }
        - { date: 2026-08-31, value: 12.1, source: Returns dashboard }
  - 12-month customer churn:
      id: churn
      kind: churn
      at: loyalty
      unit: '%'
      direction: down
      baseline: 64
      target: 55
      measurements:
        - { date: 2025-12-31, value: 64, source: CRM cohort report }
        - { date: 2026-06-30, value: 62, source: CRM cohort report }
`,
};
