/** Word data for `shouting-caps` (RULES.md): acronyms that may be written in capitals, pressure words, plain words. */

/** Acronyms and initialisms that are not shouting (upper case, without a plural or possessive ending). */
export const ACRONYMS: readonly string[] = (
  'ASAP AM PM ET PT CT MT GMT UTC CET CEST EST EDT PST PDT CST BST IST WET AEST ' +
  'PMP CAPM CSM PMI CV CEO CFO CTO COO CMO CIO CISO CPO VP SVP EVP HR ROI SAAS B2B B2C D2C DTC API APIS PDF NYC LA SF DC ' +
  'ETA FAQ MBA MSC BSC BA BS MA MS PHD MD RN NP PA DDS DVM JD LLM ESQ CPA CFA CMA ACCA CISSP CISA ' +
  'NASA JPL ESA USA UK US EU UN UAE NGO NHS IRS HMRC FDA EPA OSHA FEMA FBI CIA NATO UNICEF UNESCO IMF ' +
  'IT AI ML NLP UX UI QA PR PO AP AR GL HQ OK ID TV DM PS PPS FYI RSVP TBD TBA TBC EOD EOW COB EOB OOO WFH PTO ' +
  'NDA SOW MSA SLA RFP RFQ RFI LOI MOU POC MVP KPI KPIS OKR OKRS CRM ERP SEO SEM PPC CPC CTA CMS LMS ATS POS ' +
  'SQL AWS GCP HIPAA GDPR CCPA SOC ISO PCI LLC LLP INC LTD PLC GMBH CO ' +
  'IPO VC PE M&A ARR MRR CAC LTV NPS CSAT SMB SME OEM SKU MOQ FOB CIF DDP EXW RMA ' +
  'USD EUR GBP JPY CAD AUD NZD INR SGD CHF CNY HKD ZAR MXN BRL SEK NOK DKK VAT GST HST EIN SSN ' +
  'HTML CSS JSON XML YAML HTTP HTTPS URL URLS DNS VPN SSO SSH IP LAN WAN USB SSD CPU GPU RAM OS IOS CAD CAM CNC ' +
  'IRB HVAC HOA MLS NYU UCLA USC MIT CUNY SUNY LSE UCL KPMG PWC EY IBM HP BMW IKEA LEGO CNN BBC NPR ESPN HBO ' +
  'STEM MSW LCSW FINRA CPIM APICS SHRM CIPD PMBOK GRE GMAT LSAT MCAT TOEFL IELTS GPA ' +
  'RE FW FWD CC BCC ASL ESL ELL ADHD ASD PTSD ICU ER'
).split(' ');

/**
 * Words whose capitals put pressure on the reader: flagged even alone. ASAP is left out: it is
 * normally written in capitals, and demand-language judges it when it presses the reader.
 */
export const PRESSURE_WORDS: readonly string[] = (
  'PLEASE PLS PLZ URGENT URGENTLY IMPORTANT NOW TODAY IMMEDIATELY REPLY REPLIES REPLIED REPLYING RESPOND RESPONDS ' +
  'RESPONDED RESPONSE ANSWER ANSWERS ANSWERED NEED NEEDS NEEDED MUST STILL AGAIN NEVER WAITING WAIT WAITED UPDATE UPDATES'
).split(' ');

/**
 * Everyday words. A short capitalised token that is none of these reads as an acronym
 * ("CPIM"); the safe fix lowers only words known here or in PRESSURE_WORDS.
 */
export const COMMON_WORDS: readonly string[] = (
  'a about above after again against ago all also am an and any anyone anything are around as ask asked at away ' +
  'back bad be because been before being best better big bit both but by call called can cannot care chance check ' +
  'come coming could day days dear did do does doing done down each easy else email emails even ever every ' +
  'feel few file find fine first follow following for free from full get gets getting give glad go going good got great ' +
  'had has have having he hear heard hello help her here hey hi him his hope how however i if in info into is it its ' +
  'job just keep kind know last late let like list long look looking lot love made mail make many may me meet ' +
  'meeting message mind miss more most much my name need new news next nice no not note nothing now of off oh ' +
  'ok okay old on once one only open or other our out over own part pay people plan point post put quick ' +
  'read ready real really right role said same say see seen send sent she should show since so some soon sorry ' +
  'start stay still stop such sure take talk team tell than thank thanks that the their them then there these ' +
  'they thing things think this those though time to told too took try trying two under until up upon us use ' +
  'very wait want wanted was way we week weeks well went were what when where whether which while who why will ' +
  'wish with without word work would wow yes yet you your yours ' +
  'application applications attention call calls contact deadline decision did didnt don dont email everyone final ' +
  'friday monday tuesday wednesday thursday saturday sunday hello interested interview invoice letter matter mine ' +
  'offer payment proposal question questions quote remind reminder reply respond response sign status thank ' +
  'tomorrow tonight urgent warning whatever why yes haven hasn isn aren wasn weren won wouldn couldn shouldn can ' +
  'doesn hadn im ive youre youve weve theyre thats whats lets cant wont isnt arent'
).split(' ');
