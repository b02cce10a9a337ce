import type { Template } from './template.js';

/** A city-centre hotel stay, from search to rebooking, with the front-desk queue as the main low. */
export const hotelStay: Template = {
  id: 'hotel-stay',
  name: 'Hotel stay',
  description:
    'Business travellers and leisure couples at a 180-room city hotel, from search to rebooking, with a full service blueprint.',
  industry: 'Hospitality',
  source: `
title: Staying at a city-centre hotel
objective: Find out why direct-booking guests rate arrival far below the rest of their stay, and win more repeat direct bookings from business travellers
description: A four-star, 180-room city-centre hotel. The map follows a guest from searching for a room to rebooking, across the website, the app, the front desk, housekeeping and finance.
scope: high-level
state: current
status: published
owner: Head of Guest Experience
version: "2026.3"
tags: [hospitality, hotel, direct booking, check-in, service blueprint]
review: { cadence: quarterly, lastReviewed: 2026-10-14 }

personas:
  business:
    name: Business traveller
    segment: Corporate, 1–2 nights mid-week
    description: Consultant who travels 3–4 nights a month under a company travel policy and usually arrives after 20:00, straight from meetings.
    goals: [Get to the room fast after a long day, Work comfortably in the room, Get an invoice the finance team accepts first time]
    needs: [Reliable Wi-Fi and a proper desk, Late check-in without queueing, A VAT invoice by email on departure]
    frustrations: [Queueing at the desk at 21:00, Giving the same details twice, Invoices that need correcting]
    behaviours: [Books 3–7 days ahead on the website or app, Collects loyalty points, Rarely eats in the hotel restaurant]
    quote: "I just want my key and a desk that works."
    share: 0.55
  leisure:
    name: Weekend couple
    segment: Leisure, Friday–Sunday city breaks
    description: Couple in their thirties on a city break twice a year; compares prices on booking sites and plans dinners and sights around the stay.
    goals: [A relaxed weekend that feels special, Good value for £180–240 a night, Local tips they would not find alone]
    needs: [A clear total price including breakfast and taxes, Early luggage drop, A quiet room]
    frustrations: [Surprise charges at check-out, Rooms not ready at 15:00, Generic upsell emails]
    behaviours: [Compares prices on travel agency sites before checking the hotel site, Reads reviews from the last month, Posts the room on Instagram]
    quote: "If we're paying for a weekend away, the first hour should feel like one."
    share: 0.45

stages:
  - Planning:
      - Searches for hotels near the venue or the old town:
          id: search
          touchpoints:
            - { channel: ads, name: search ads, department: Marketing }
            - { channel: partner, name: online travel agencies, online: true, department: Revenue Management }
          emotions: { business: 0, leisure: 1 }
          thoughts: Something walkable, under £220, with decent reviews
          insights: [i-guest-diary]
          blueprint:
            backstage: Revenue manager sets daily rates and travel-agency allocations
            systems: [Channel manager, Rate shopper]
      - Compares the price on booking sites and the hotel website:
          id: compare
          touchpoints: [{ channel: web, name: rate page, department: Digital }]
          emotions:
            business: 0
            leisure: { score: -1, evidence: measured, insights: [i-rate-page] }
          thoughts: "Is breakfast included here? The travel site says £198 all in."
          pain: { id: rate-unclear, title: The rate page does not say whether breakfast and the visitor levy are included,
                  severity: 3, reach: 0.35, personas: [leisure], evidence: measured, insights: [i-rate-page] }
          blueprint:
            systems: Booking engine rate page
  - Booking:
      - Books a room on the hotel website:
          id: book
          touchpoints:
            - { id: booking-engine, channel: web, name: booking engine, department: Digital }
            - { channel: email, name: booking confirmation, department: Reservations }
          emotions: { business: 1, leisure: 1 }
          thoughts: Best price guaranteed and free cancellation until 48 hours before. Done.
          insights: [i-guest-diary]
          blueprint:
            backstage: Reservations agent checks special requests each morning
            systems: [Booking engine, Property management system, Payment gateway]
            physical: Confirmation email with a map and the check-in time
      - Receives the pre-arrival email and the online check-in link:
          id: pre-arrival
          touchpoints: [{ channel: email, name: pre-arrival email, department: Guest Relations }]
          emotions: { business: 1, leisure: 1 }
          thoughts: Online check-in sounds good; that should save time tonight.
          insights: [i-guest-diary]
          blueprint:
            backstage: Guest relations flags anniversaries and repeat guests
            systems: [CRM, Online check-in form]
      - Asks about parking and early luggage drop on WhatsApp:
          id: ask-concierge
          touchpoints: [{ channel: chat, name: WhatsApp concierge, department: Front Office }]
          emotions: { business: 1, leisure: 2 }
          thoughts: They answered in five minutes, and the car park is round the corner.
          insights: [i-guest-diary]
          gain: { id: fast-concierge, title: The concierge answers on WhatsApp within 10 minutes,
                  personas: [leisure, business], evidence: reported, insights: [i-arrival-survey] }
          blueprint:
            frontstage: Concierge answers messages 07:00–23:00
            support: Saved replies for parking, luggage and late arrival
            systems: Messaging inbox
  - Arrival:
      - Arrives and queues at the front desk:
          id: arrive
          touchpoints:
            - id: front-desk
              channel: in-person
              name: front desk
              department: Front Office
              momentOfTruth: The first two minutes at the desk set the tone for the whole stay
          emotions:
            business: { score: -2, evidence: measured, insights: [i-desk-queue, i-arrival-survey] }
            leisure: { score: -1, evidence: measured, insights: [i-arrival-survey] }
          thoughts: "Six people ahead of me and only one receptionist? At nine at night?"
          pain: { id: desk-queue, title: Queues of 10 minutes or more at the front desk in the evening peak,
                  severity: 4, reach: 0.4, personas: [business, leisure], evidence: measured, insights: [i-desk-queue, i-arrival-survey] }
          blueprint:
            frontstage: One or two receptionists on the desk from 18:00
            backstage: Duty manager covers breaks
            support: Shift rota built four weeks ahead
            systems: Property management system
            physical: [Lobby, Queue line, Welcome drink station]
      - Checks in and gets the room key:
          id: check-in
          touchpoints:
            - { channel: in-person, name: check-in at the desk, department: Front Office }
            - { channel: app, name: digital key, department: Digital }
          emotions:
            business: { score: -1, evidence: reported, insights: [i-business-interviews] }
            leisure: 1
          thoughts: I filled all this in online on Tuesday. Why am I spelling my address again?
          pain: { id: details-twice, title: Guests who checked in online are asked again for their address and card,
                  severity: 3, reach: 0.3, personas: [business], evidence: reported, insights: [i-business-interviews] }
          blueprint:
            frontstage: Receptionist checks ID, takes a card pre-authorisation, explains breakfast times
            backstage: Online check-in data sits in a separate form and is re-keyed by hand
            systems: [Property management system, Key encoder, Online check-in form]
            physical: Key card wallet with the Wi-Fi code
      - Opens the door and settles into the room:
          id: settle
          momentOfTruth: The first look at the room decides whether the price felt worth it
          touchpoints: [{ channel: product, name: guest room, department: Housekeeping }]
          emotions: { business: 1, leisure: 2 }
          thoughts: Quiet, spotless, and the view is better than the photos.
          insights: [i-guest-diary]
          gain: { id: room-quality, title: "Rooms are quiet, spotless and match the photos",
                  personas: [business, leisure], evidence: measured, insights: [i-arrival-survey] }
          blueprint:
            backstage: Housekeeping inspects every room before release
            support: Inspection checklist
            systems: Housekeeping status board
            physical: [Turn-down card, Welcome note, Desk and chair]
  - Stay:
      - Works from the room on the hotel Wi-Fi:
          id: use-wifi
          touchpoints: [{ channel: product, name: room Wi-Fi, department: IT }]
          emotions: { business: 1, leisure: 1 }
          thoughts: 80 Mbit/s, video calls work fine.
          blueprint:
            support: IT support line for guests, 24/7
            systems: Wi-Fi network with per-room access points
      - Has breakfast in the restaurant:
          id: breakfast
          touchpoints: [{ channel: in-person, name: breakfast restaurant, department: Food and Beverage }]
          emotions: { business: 1, leisure: 2 }
          thoughts: Fresh pastries and a proper flat white. Worth the £19.
          insights: [i-guest-diary]
          gain: { id: great-breakfast, title: Breakfast is the best-rated part of the stay,
                  personas: [leisure], evidence: measured, insights: [i-arrival-survey] }
          blueprint:
            frontstage: Host seats guests and takes coffee orders
            backstage: Kitchen refills the buffet every 20 minutes
            physical: [Buffet, Menu card]
  - Check-out:
      - Checks out and settles the bill:
          id: settle-bill
          touchpoints:
            - id: checkout-desk
              channel: in-person
              name: check-out at the desk
              department: Front Office
              momentOfTruth: The final bill decides whether the stay felt fair
            - { channel: kiosk, name: express check-out kiosk, department: Front Office }
          emotions:
            business: 0
            leisure: { score: -1, evidence: reported, insights: [i-fee-reviews] }
          thoughts: "A £21 visitor levy and £25 parking? Nobody mentioned either."
          pain: { id: surprise-charges, title: The visitor levy and parking appear for the first time on the final bill,
                  severity: 3, reach: 0.25, personas: [leisure], evidence: reported, insights: [i-fee-reviews] }
          blueprint:
            frontstage: Receptionist prints the folio and takes payment
            systems: [Property management system, Payment terminal]
            physical: Printed folio
      - Receives the invoice by email:
          id: invoice
          touchpoints: [{ channel: email, name: invoice email, department: Finance }]
          emotions:
            business: { score: -1, evidence: measured, insights: [i-invoice-tickets] }
            leisure: 0
          thoughts: No company name and no VAT number again. Expenses will bounce it.
          pain: { id: invoice-wrong, title: Invoices lack the company name and VAT number,
                  severity: 4, reach: 0.08, personas: [business], evidence: measured, insights: [i-invoice-tickets] }
          blueprint:
            backstage: Accounts team reissues corrected invoices within 3 working days
            support: Invoice correction queue
            systems: [Property management system, Finance system]
  - name: After the stay
    loop: { to: booking, reason: "Repeat stay: members rebook directly, business travellers about 3 times a year" }
    steps:
      - Rates the stay in the post-stay survey:
          id: rate-stay
          touchpoints:
            - { channel: email, name: post-stay survey, department: Guest Experience }
            - { channel: web, name: review sites, department: Guest Experience }
          emotions: { business: 0, leisure: 1 }
          thoughts: Great room, shame about the queue. Four stars.
          insights: [i-guest-diary]
          blueprint:
            backstage: Guest experience team replies to every review within 48 hours
            systems: Survey and review platform
      - Gets a member offer and books the next stay:
          id: rebook
          touchpoints:
            - { channel: email, name: member offer, department: Marketing }
            - { channel: app, name: rebook in the app, department: Digital }
          emotions: { business: 1, leisure: 1 }
          thoughts: 10% off for members and my details are saved. Easy.
          blueprint:
            systems: [CRM, Loyalty programme]

paths:
  - name: Room not ready at arrival
    id: room-not-ready-path
    kind: unhappy
    from: check-in
    rejoin: settle
    share: 0.18
    description: On Fridays one room in five is not released by 15:00.
    steps:
      - Leaves the luggage and waits in the bar:
          id: wait-for-room
          touchpoints: [{ channel: in-person, name: concierge luggage room, department: Front Office }]
          emotions:
            business: -1
            leisure: { score: -2, evidence: measured, insights: [i-room-ready] }
          thoughts: We came early to start the weekend, not to sit in the lobby.
          pain: { id: room-not-ready, title: The room is not ready at the 15:00 check-in time,
                  severity: 4, reach: 0.18, personas: [leisure], evidence: measured, insights: [i-room-ready] }
          blueprint:
            frontstage: Receptionist offers a drink voucher and takes a mobile number
            backstage: Front office asks housekeeping to prioritise the room
            systems: Housekeeping status board
      - Gets a text when the room is ready:
          id: room-ready
          touchpoints: [{ channel: sms, name: room-ready text, department: Front Office }]
          emotions: { business: 0, leisure: 0 }
          thoughts: At least they texted. Forty minutes, though.
          insights: [i-guest-diary]

insights:
  - { id: i-guest-diary, source: interview, date: 2026-07-31,
      text: "Diary study with 14 guests (8 business, 6 leisure): each logged how they felt at every step of one stay" }
  - { id: i-desk-queue, source: analytics, date: 2026-08-31, reference: Queue sensor and check-in timestamps June–August 2026,
      text: Average wait at the front desk is 11.5 minutes between 18:00 and 21:00 against 4 minutes at other times }
  - { id: i-arrival-survey, source: survey, date: 2026-09-30,
      text: "Arrival is the lowest-rated moment in the post-stay survey: CSAT 3.4/5 against 4.5 for the room and 4.6 for breakfast (n = 2,140)" }
  - { id: i-business-interviews, source: interview, date: 2026-07-15,
      text: 9 of 12 business travellers interviewed had checked in online and were still asked for their address and card at the desk }
  - { id: i-invoice-tickets, source: support-ticket, date: 2026-09-15,
      text: 14% of corporate stays lead to an invoice correction ticket - mostly a missing company name or VAT number }
  - { id: i-fee-reviews, source: review, date: 2026-09-20,
      text: The 5% visitor levy and £25 parking are called surprise charges in 1 of 8 negative reviews }
  - { id: i-rate-page, source: analytics, date: 2026-08-31,
      text: 62% of leisure guests visit the hotel website before booking on a travel agency site; 71% of them leave on the rate page }
  - { id: i-room-ready, source: analytics, date: 2026-09-30,
      text: On Fridays 22% of rooms are not released by 15:00 against 6% mid-week }

opportunities:
  - { id: o-mobile-check-in, title: Mobile check-in with a digital key for guests who checked in online,
      addresses: [desk-queue, details-twice], impact: 5, effort: 4, confidence: 0.7, reach: 0.4,
      status: planned, owner: Front Office Manager, metrics: [m-desk-wait, m-arrival-csat] }
  - { id: o-all-in-price, title: "Show the all-in price (breakfast, visitor levy, parking) on the rate page and in every confirmation",
      addresses: [rate-unclear, surprise-charges], impact: 3, effort: 2, confidence: 0.8,
      status: validated, owner: Head of Digital, metrics: [m-direct-conversion] }
  - { id: o-friday-rooms, title: Prioritise Friday arrivals on the housekeeping board and text guests when the room is ready,
      addresses: [room-not-ready], impact: 4, effort: 2, confidence: 0.6,
      status: in-progress, owner: Executive Housekeeper, metrics: [m-arrival-csat] }
  - { id: o-invoice-profile, title: Store company invoice details in the guest profile and validate VAT numbers at booking,
      addresses: [invoice-wrong], impact: 3, effort: 2, confidence: 0.9,
      status: planned, owner: Finance Manager, metrics: [m-invoice-corrections] }

actions:
  - { id: a-digital-key-pilot, title: Pilot the app digital key on floors 3–5, opportunity: o-mobile-check-in,
      owner: Priya Shah, department: Front Office, due: 2027-03-31, status: in-progress, kpi: { metric: m-desk-wait, change: -6 } }
  - { id: a-online-data, title: Copy online check-in data into the property management system overnight, opportunity: o-mobile-check-in,
      owner: Daniel Okafor, department: IT, due: 2027-02-26, status: todo, kpi: { metric: m-arrival-csat, change: 0.3 } }
  - { id: a-rate-breakdown, title: Add an all-in price breakdown to the booking engine rate page, opportunity: o-all-in-price,
      owner: Tom Becker, department: Digital, due: 2027-01-29, status: todo, kpi: { metric: m-direct-conversion, change: 0.6 } }
  - { id: a-friday-board, title: Friday arrival priority on the housekeeping board and room-ready texts, opportunity: o-friday-rooms,
      owner: Ana Costa, department: Housekeeping, due: 2027-01-15, status: in-progress, kpi: { metric: m-arrival-csat, change: 0.3 } }
  - { id: a-vat-check, title: Validate VAT numbers at booking and copy them to the folio, opportunity: o-invoice-profile,
      owner: Mark Ellis, department: Finance, due: 2027-04-30, status: todo, kpi: { metric: m-invoice-corrections, change: -10 } }

metrics:
  - id: m-nps
    name: Net Promoter Score
    kind: nps
    unit: points
    direction: up
    baseline: 31
    target: 45
    measurements:
      - { date: 2026-03-31, value: 29, source: Post-stay survey }
      - { date: 2026-06-30, value: 31, source: Post-stay survey }
      - { date: 2026-09-30, value: 33, source: Post-stay survey }
  - id: m-arrival-csat
    name: Arrival satisfaction
    kind: csat
    at: arrival
    unit: score 1–5
    direction: up
    baseline: 3.4
    target: 4.2
    measurements:
      - { date: 2026-06-30, value: 3.3, source: Post-stay survey }
      - { date: 2026-09-30, value: 3.4, source: Post-stay survey }
  - id: m-desk-wait
    name: Evening wait at the front desk
    kind: time
    at: front-desk
    unit: minutes
    direction: down
    baseline: 11.5
    target: 4
    measurements:
      - { date: 2026-07-31, value: 12.1, source: Queue sensor }
      - { date: 2026-08-31, value: 11.5, source: Queue sensor }
  - id: m-direct-conversion
    name: Direct booking conversion
    kind: conversion
    at: booking-engine
    unit: "%"
    direction: up
    baseline: 2.1
    target: 3
    measurements:
      - { date: 2026-08-31, value: 2.1, source: Web analytics }
      - { date: 2026-10-31, value: 2.2, source: Web analytics }
  - id: m-invoice-corrections
    name: Corporate invoices corrected
    kind: custom
    at: invoice
    unit: "% of corporate stays"
    direction: down
    baseline: 14
    target: 3
    measurements:
      - { date: 2026-06-30, value: 15, source: Finance ticket queue }
      - { date: 2026-09-30, value: 14, source: Finance ticket queue }
`,
};
