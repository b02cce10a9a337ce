import type { Template } from './template.js';

/** Ordering dinner through a food delivery app, with fees, late orders and missing items as the lows. */
export const foodDelivery: Template = {
  id: 'food-delivery',
  name: 'Food delivery',
  description:
    'Families, students and office orderers using a food delivery app, from the first craving to the reorder, including a missing-item path.',
  industry: 'Food delivery and marketplaces',
  source: `
title: Ordering food through a delivery app
objective: Find where customers abandon or regret an order, and raise 30-day reorders by making fees, delivery times and refunds predictable
description: A food delivery marketplace in a UK city with 1,400 partner restaurants and 2,000 self-employed couriers. The average basket is £27; evening orders peak between 18:00 and 20:30.
scope: high-level
state: current
status: published
owner: VP Consumer Experience
version: "2026.4"
tags: [food delivery, marketplace, mobile app, logistics, retention]
review: { cadence: quarterly, lastReviewed: 2026-11-03 }

personas:
  family:
    name: Friday-night family
    segment: Parents with young children, weekly order
    description: Two working parents who order a £35–45 family dinner most Fridays; one child has a nut allergy.
    goals: [Dinner on the table by 18:30, Food the children will eat, No allergy risks]
    needs: [Reliable delivery times, Clear allergen information, Meals that arrive hot]
    frustrations: [ETAs that keep slipping, Missing items they notice only at the table, Menus without allergen details]
    behaviours: [Reorders from the same three restaurants, Orders at 17:30 from the sofa, Pays with a saved card]
    quote: "If it says 18:25, the kids are at the table at 18:25."
    share: 0.4
  student:
    name: Budget student
    segment: Students 18–24, price-led, late evening
    description: Second-year student sharing a flat; orders two or three times a month when a promotion lands, usually after 21:00.
    goals: [A filling meal for under £15 all in, Use every discount going, Eat without leaving the flat]
    needs: [The total price before choosing, Promotions that actually apply, Cheap or free delivery]
    frustrations: [Service and small-order fees revealed at checkout, Codes that fail, Delivery fees that double when it rains]
    behaviours: [Opens the app after a push offer, Compares two or three apps, Splits orders with flatmates]
    quote: "The burger is £9. Why is my total £14.48?"
    share: 0.35
  office:
    name: Office lunch organiser
    segment: Team assistants ordering for 6–15 colleagues
    description: Team assistant who orders lunch for project days and client visits, around £120 an order, paid on the company card.
    goals: [Everyone gets what they chose, Lunch arrives before the 12:30 meeting, An invoice finance accepts]
    needs: [Group ordering, Accurate delivery windows, VAT invoices]
    frustrations: [Collecting orders in a chat thread, Missing meals in big orders, Receipts without VAT details]
    behaviours: [Orders 1–2 days ahead or at 11:00 on the day, Uses the desktop website, Sticks to restaurants that got it right before]
    quote: "When one meal out of twelve is missing, it's my fault in the meeting."
    share: 0.25

stages:
  - Deciding to order:
      - Gets a push offer and opens the app:
          id: open-app
          touchpoints:
            - { channel: app, name: push notification, department: CRM }
            - { channel: social, name: Instagram ads, department: Marketing }
          emotions: { family: 0, student: 1, office: 0 }
          thoughts: 20% off Thai food tonight? Go on then.
          insights: [i-order-diaries]
          blueprint:
            backstage: CRM team schedules offers by segment and time of day
            systems: [Customer data platform, Push service]
      - Browses restaurants and filters by delivery time:
          id: browse
          touchpoints: [{ channel: app, name: restaurant list, department: Product }]
          emotions: { family: 1, student: 1, office: 1 }
          thoughts: Anything under 30 minutes that the kids will eat?
          insights: [i-order-diaries]
          blueprint:
            systems: [Search and ranking service, Delivery time estimator]
  - Choosing:
      - Builds the basket from the menu:
          id: basket
          touchpoints:
            - { channel: app, name: restaurant menu, department: Restaurant Partnerships }
            - { channel: web, name: group order page, department: Product }
          emotions:
            family: { score: -1, evidence: reported, insights: [i-allergen-survey] }
            student: 1
            office: { score: -1, evidence: reported, insights: [i-office-interviews] }
          thoughts: Does the satay contain peanuts? There's nothing on the menu.
          pain:
            - { id: allergens-missing, title: Many menus show no allergen information,
                severity: 4, reach: 0.15, personas: [family], evidence: reported, insights: [i-allergen-survey] }
            - { id: group-order-chaos, title: Office organisers collect colleagues' choices in a chat thread and retype them,
                severity: 3, reach: 0.08, personas: [office], evidence: reported, insights: [i-office-interviews] }
          blueprint:
            backstage: Partnerships team onboards menus from restaurant PDFs
            support: Menu quality checks for the top 200 restaurants only
            systems: Menu management tool
      - Applies a promotion code:
          id: apply-promo
          touchpoints: [{ channel: app, name: promo code field, department: CRM }]
          emotions: { family: 0, student: 2, office: 0 }
          thoughts: Code accepted, £4 off. Nice.
          insights: [i-order-diaries]
          gain: { id: promo-works, title: Targeted promotions are applied automatically at the basket,
                  personas: [student], evidence: measured, insights: [i-checkout-funnel] }
          blueprint:
            systems: Promotions engine
  - Checkout:
      - Sees the fees and pays:
          id: pay
          touchpoints:
            - id: checkout-screen
              channel: app
              name: checkout
              department: Payments
              momentOfTruth: The all-in total decides whether the order goes ahead or the app is closed
          emotions:
            family: 0
            student: { score: -2, evidence: measured, insights: [i-checkout-funnel] }
            office: 1
          thoughts: "A £1.99 delivery fee, a £2.49 service fee and a £1.00 small-order fee? That's £5.48 on a £9 burger."
          pain: { id: fees-at-checkout, title: Service and small-order fees appear only at checkout,
                  severity: 4, reach: 0.45, personas: [student, family], evidence: measured, insights: [i-checkout-funnel] }
          blueprint:
            backstage: Pricing team sets fees by zone, weather and demand
            systems: [Pricing service, Payment gateway]
      - Gets the order confirmation and a delivery time:
          id: confirmation
          touchpoints:
            - { channel: app, name: order tracker, department: Product }
            - { channel: email, name: order receipt, department: Finance }
          emotions: { family: 1, student: 1, office: 1 }
          thoughts: Arriving 18:20–18:30. Perfect.
          insights: [i-order-diaries]
          blueprint:
            backstage: Restaurant accepts the order on its tablet within 2 minutes
            systems: [Order management system, Restaurant tablet app]
            physical: Restaurant tablet rings in the kitchen
  - Waiting:
      - Watches the delivery time slip on the tracker:
          id: tracking
          touchpoints: [{ id: live-tracking, channel: app, name: live tracking, department: Logistics }]
          emotions:
            family: { score: -2, evidence: measured, insights: [i-eta-accuracy] }
            student: -1
            office: { score: -2, evidence: measured, insights: [i-eta-accuracy] }
          thoughts: It said 18:25, now it says 18:45, and the courier hasn't even reached the restaurant.
          pain: { id: eta-slips, title: The delivery time slips by 10 minutes or more with no explanation,
                  severity: 4, reach: 0.27, personas: [family, office, student], evidence: measured, insights: [i-eta-accuracy] }
          blueprint:
            backstage: Dispatch assigns a courier only when the restaurant marks the food nearly ready
            support: Courier operations team rebalances zones at the peak
            systems: [Dispatch algorithm, Courier app, Delivery time estimator]
      - Gets a push when the courier is two minutes away:
          id: courier-nearby
          touchpoints: [{ channel: app, name: courier nearby alert, department: Logistics }]
          emotions: { family: 1, student: 1, office: 1 }
          thoughts: Finally. Plates out.
          insights: [i-order-diaries]
          blueprint:
            systems: Courier app location updates
  - Delivery and eating:
      - Meets the courier at the door:
          id: handover
          touchpoints:
            - id: courier-handover
              channel: delivery
              name: courier handover
              department: Logistics
              momentOfTruth: A friendly courier and a hot, sealed bag make up for a late order
          emotions: { family: 1, student: 1, office: 1 }
          thoughts: Bag sealed, food still hot.
          insights: [i-order-diaries]
          gain: { id: hot-food, title: Food arrives hot in a sealed thermal bag,
                  personas: [family, student, office], evidence: measured, insights: [i-order-survey] }
          blueprint:
            frontstage: Courier hands over the sealed bag and confirms the name
            support: Thermal bags and seals supplied to every courier
            systems: Courier app proof of delivery
            physical: [Tamper-evident seal, Thermal bag, Printed order slip]
      - Unpacks and checks the order:
          id: unpack
          touchpoints: [{ channel: product, name: food and packaging, department: Restaurant Partnerships }]
          emotions: { family: 2, student: 2, office: 1 }
          thoughts: Everything's here, and they added extra prawn crackers.
          insights: [i-order-diaries]
          blueprint:
            backstage: Restaurant packs against the order slip
            physical: [Labelled containers, Order slip stapled to the bag]
  - name: After the order
    loop: { to: choosing, reason: "Reorder: 46% of customers order again within 30 days" }
    steps:
      - Rates the food and the courier:
          id: rate
          touchpoints: [{ channel: app, name: rating screen, department: Customer Care }]
          emotions: { family: 1, student: 1, office: 1 }
          thoughts: Four stars for the food, five for the courier.
          insights: [i-order-diaries]
          blueprint:
            backstage: Ratings below 3 stars are routed to restaurant account managers
            systems: Ratings service
      - Reorders a favourite in two taps:
          id: reorder
          touchpoints:
            - { channel: app, name: order again, department: Product }
            - { channel: email, name: weekly picks email, department: CRM }
          emotions: { family: 2, student: 1, office: 1 }
          thoughts: Same as last Friday. Done in ten seconds.
          gain: { id: quick-reorder, title: Reordering a past basket takes two taps,
                  personas: [family, office], evidence: measured, insights: [i-checkout-funnel] }
          blueprint:
            systems: Order history and recommendations service

paths:
  - name: An item is missing
    id: missing-item
    kind: unhappy
    from: unpack
    rejoin: rate
    share: 0.031
    description: About 3% of orders arrive with an item missing; one in four of those needs a second contact.
    steps:
      - Reports the missing item in the help chat:
          id: report-missing
          touchpoints:
            - id: help-chat
              channel: chat
              name: help chat
              department: Customer Care
              momentOfTruth: How a missing item is put right decides whether the customer orders again
          emotions:
            family: { score: -2, evidence: measured, insights: [i-missing-tickets] }
            student: -1
            office: { score: -2, evidence: measured, insights: [i-missing-tickets] }
          thoughts: The children's meal is missing. The bot keeps asking me to pick from a list.
          pain: { id: refund-runaround, title: Refunds for missing items need a second contact in a quarter of cases,
                  severity: 4, reach: 0.031, personas: [family, office, student], evidence: measured, insights: [i-missing-tickets] }
          blueprint:
            frontstage: Chatbot collects the missing item and offers a refund up to £8
            backstage: Agents review claims over £8 and repeat claimants
            support: Refund policy with restaurant charge-back
            systems: [Help centre chatbot, Refund service]
      - Gets a refund to the card or as credit:
          id: refund
          touchpoints: [{ channel: email, name: refund confirmation, department: Customer Care }]
          emotions: { family: 0, student: 1, office: 0 }
          thoughts: Credit is fine, but dinner is still one short.
          insights: [i-order-diaries]

insights:
  - { id: i-order-diaries, source: interview, date: 2026-09-19,
      text: "Diary study: 30 customers logged how they felt at each step of 96 orders over four weeks" }
  - { id: i-checkout-funnel, source: analytics, date: 2026-09-30, reference: Product analytics checkout funnel Q3 2026,
      text: 18% of baskets are abandoned on the checkout screen; abandonment doubles when fees exceed 30% of the basket }
  - { id: i-eta-accuracy, source: analytics, date: 2026-10-31,
      text: 27% of orders arrive 10 minutes or more after the first promised time; 41% on Friday evenings }
  - { id: i-missing-tickets, source: support-ticket, date: 2026-10-15,
      text: 3.1% of orders have a missing-item ticket and 24% of those need a second contact before the refund }
  - { id: i-allergen-survey, source: survey, date: 2026-08-20,
      text: "41% of parents in the customer panel (n = 3,200) have skipped a restaurant because allergens were not listed" }
  - { id: i-office-interviews, source: interview, date: 2026-07-09,
      text: 7 of 9 office organisers interviewed collect choices in a chat or spreadsheet and retype them into the basket }
  - { id: i-order-survey, source: survey, date: 2026-10-31,
      text: "Post-order survey: food temperature scores 4.4 out of 5; delivery time accuracy scores 3.1" }

opportunities:
  - { id: o-all-in-prices, title: Show the all-in price with fees on restaurant cards and in the basket,
      addresses: [fees-at-checkout], impact: 4, effort: 2, confidence: 0.7, reach: 0.45,
      status: in-progress, owner: Head of Pricing, metrics: [m-checkout-drop-off] }
  - { id: o-honest-eta, title: Predict delivery times from restaurant prep data and explain every delay over 5 minutes,
      addresses: [eta-slips], impact: 5, effort: 4, confidence: 0.6,
      status: planned, owner: Director of Logistics, metrics: [m-eta-late, m-nps] }
  - { id: o-allergen-menus, title: Make allergen information mandatory on every menu item,
      addresses: [allergens-missing], impact: 4, effort: 3, confidence: 0.8,
      status: validated, owner: Head of Restaurant Partnerships, metrics: [m-nps] }
  - { id: o-group-orders, title: Group ordering with a shareable link and one VAT invoice,
      addresses: [group-order-chaos], impact: 3, effort: 3, confidence: 0.5,
      status: idea, owner: Business Orders Product Lead, metrics: [m-reorder-30d] }
  - { id: o-instant-refunds, title: Instant refunds for missing items for customers with a good claims record,
      addresses: [refund-runaround], impact: 4, effort: 2, confidence: 0.7,
      status: planned, owner: Head of Customer Care, metrics: [m-refund-csat] }

actions:
  - { id: a-fee-preview, title: Show fees on restaurant cards in the app and on the website, opportunity: o-all-in-prices,
      owner: Leah Morgan, department: Product, due: 2027-01-29, status: in-progress, kpi: { metric: m-checkout-drop-off, change: -5 } }
  - { id: a-prep-time-model, title: Train the delivery time model on restaurant prep times, opportunity: o-honest-eta,
      owner: Arjun Mehta, department: Data Science, due: 2027-04-30, status: todo, kpi: { metric: m-eta-late, change: -4 } }
  - { id: a-allergen-field, title: Require the 14 allergens on every menu item at onboarding and at menu updates, opportunity: o-allergen-menus,
      owner: Claire Dubois, department: Restaurant Partnerships, due: 2027-03-31, status: todo, kpi: { metric: m-nps, change: 2 } }
  - { id: a-instant-refund, title: Auto-approve missing-item refunds under £8 for trusted customers, opportunity: o-instant-refunds,
      owner: Kwame Boateng, department: Customer Care, due: 2027-02-26, status: todo, kpi: { metric: m-refund-csat, change: 0.9 } }

metrics:
  - id: m-nps
    name: Net Promoter Score
    kind: nps
    unit: points
    direction: up
    baseline: 22
    target: 35
    measurements:
      - { date: 2026-04-30, value: 20, source: Quarterly relationship survey }
      - { date: 2026-07-31, value: 22, source: Quarterly relationship survey }
      - { date: 2026-10-31, value: 23, source: Quarterly relationship survey }
  - id: m-checkout-drop-off
    name: Checkout abandonment
    kind: drop-off
    at: checkout-screen
    unit: "% of baskets"
    direction: down
    baseline: 18
    target: 11
    measurements:
      - { date: 2026-08-31, value: 19, source: Product analytics }
      - { date: 2026-09-30, value: 18, source: Product analytics }
  - id: m-eta-late
    name: Average lateness against the first promised time
    kind: time
    at: live-tracking
    unit: minutes
    direction: down
    baseline: 8.5
    target: 3
    measurements:
      - { date: 2026-09-30, value: 9.1, source: Dispatch data }
      - { date: 2026-10-31, value: 8.5, source: Dispatch data }
  - id: m-refund-csat
    name: Satisfaction with missing-item resolution
    kind: csat
    at: help-chat
    unit: score 1–5
    direction: up
    baseline: 2.8
    target: 4
    measurements:
      - { date: 2026-08-31, value: 2.7, source: Post-chat survey }
      - { date: 2026-10-31, value: 2.8, source: Post-chat survey }
  - id: m-reorder-30d
    name: Customers who do not reorder within 30 days
    kind: churn
    at: after-the-order
    unit: "% of customers not reordering"
    direction: down
    baseline: 54
    target: 45
    measurements:
      - { date: 2026-07-31, value: 55, source: Order data }
      - { date: 2026-10-31, value: 54, source: Order data }
`,
};
