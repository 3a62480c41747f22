import type {
  AnnexIIIArea,
  AnnexIIIDerogation,
  ProhibitedPractice,
  TransparencyTrigger,
} from './classify';
import type { AiActRole } from './tier';

/*
 * The words of the EU AI Act classification questionnaire: section titles,
 * questions, and for every answer a short label and one plain sentence. The
 * decision logic is in classify.ts; the article for each answer is there too.
 */

/** A choice the user can tick or pick. */
export interface ChoiceText {
  readonly label: string;
  /** One plain sentence explaining when this applies. */
  readonly help: string;
}

export interface SectionText {
  readonly title: string;
  /** The question, used as the legend of the section's fieldset. */
  readonly question: string;
  readonly help: string;
}

/** The sections, in the order they are asked. */
export const QUESTIONNAIRE_SECTIONS = [
  'role',
  'prohibited',
  'annexI',
  'annexIII',
  'derogation',
  'transparency',
] as const;
export type QuestionnaireSection = (typeof QUESTIONNAIRE_SECTIONS)[number];

export const SECTION_TEXTS: Record<QuestionnaireSection, SectionText> = {
  role: {
    title: 'Your role',
    question: 'What is your organisation’s role for this AI system?',
    help: 'Your obligations depend on your role. If you put your own name or trademark on a high-risk system, or change it substantially, you take on the provider’s obligations (Art. 25).',
  },
  prohibited: {
    title: 'Prohibited practices (Art. 5)',
    question: 'Does the system do any of the following?',
    help: 'These uses are banned in the EU. Tick every one that applies; leave them all unticked if none does.',
  },
  annexI: {
    title: 'Regulated products (Annex I)',
    question:
      'Is it a product, or a safety component of a product, regulated by the EU laws listed in Annex I?',
    help: 'Annex I lists product safety laws such as those on machinery, toys, lifts, radio equipment, medical devices, vehicles and aviation. Answer yes only if that product needs a conformity assessment by a third party (a notified body).',
  },
  annexIII: {
    title: 'High-risk areas (Annex III)',
    question: 'Is the system intended to be used in any of these areas?',
    help: 'Systems used for these purposes are high-risk unless a narrow exception applies. Tick every area that applies; leave them all unticked if none does.',
  },
  derogation: {
    title: 'Exception for Annex III systems (Art. 6(3))',
    question: 'Does one of these limited roles describe all the system does in that area?',
    help: 'An Annex III system is not high-risk when it does not materially influence the outcome of decisions, which the Act limits to these cases. If you rely on one, you must be able to show it.',
  },
  transparency: {
    title: 'Transparency (Art. 50)',
    question: 'Does any of these apply to the system?',
    help: 'These uses come with duties to tell people about the AI, whatever the risk tier. Tick every one that applies; leave them all unticked if none does.',
  },
};

export const ROLE_TEXTS: Record<AiActRole, ChoiceText> = {
  provider: {
    label: 'Provider',
    help: 'You develop the system, or have it developed, and offer it or put it into service under your own name or trademark, including for your own use.',
  },
  deployer: {
    label: 'Deployer',
    help: 'You use a system someone else provides, under your own authority and in your professional work.',
  },
  importer: {
    label: 'Importer',
    help: 'You are established in the EU and bring onto the EU market a system carrying the name of a provider established outside the EU.',
  },
  distributor: {
    label: 'Distributor',
    help: 'You pass on a system in the supply chain, for example as a reseller, without being its provider or importer.',
  },
};

export const PROHIBITED_PRACTICE_TEXTS: Record<ProhibitedPractice, ChoiceText> = {
  'subliminal-manipulation': {
    label: 'Manipulative or deceptive techniques',
    help: 'It uses subliminal, manipulative or deceptive techniques that distort people’s decisions in a way likely to cause them significant harm.',
  },
  'exploiting-vulnerabilities': {
    label: 'Exploiting vulnerabilities',
    help: 'It takes advantage of people’s age, disability or social or economic situation to distort their behaviour in a way likely to cause significant harm.',
  },
  'social-scoring': {
    label: 'Social scoring',
    help: 'It rates people over time on their social behaviour or personal traits, and the score leads to unfair or disproportionate treatment.',
  },
  'crime-prediction-by-profiling': {
    label: 'Predicting crime from profiling',
    help: 'It predicts whether someone will commit a crime based only on profiling or personality traits, rather than supporting a human assessment based on facts.',
  },
  'untargeted-facial-scraping': {
    label: 'Scraping faces for recognition databases',
    help: 'It builds or expands a facial recognition database by collecting face images indiscriminately from the internet or CCTV footage.',
  },
  'emotion-recognition-workplace-education': {
    label: 'Emotion recognition at work or in education',
    help: 'It infers the emotions of employees or students, for reasons other than medical or safety ones.',
  },
  'biometric-categorisation-sensitive': {
    label: 'Inferring sensitive traits from biometrics',
    help: 'It uses faces, voices or other biometric data to guess people’s race, political views, union membership, religion or beliefs, sex life or sexual orientation.',
  },
  'realtime-remote-biometric-identification': {
    label: 'Live facial recognition for policing',
    help: 'It identifies people at a distance and in real time in public spaces for law enforcement, outside the narrow exceptions the Act allows with prior authorisation.',
  },
};

export const ANNEX_I_TEXTS: Record<'yes' | 'no', ChoiceText> = {
  yes: {
    label: 'Yes',
    help: 'It is such a product or a safety component of one, and the product needs a third-party conformity assessment.',
  },
  no: {
    label: 'No',
    help: 'It is not part of a regulated product, or the product does not need a third-party conformity assessment.',
  },
};

export const ANNEX_III_AREA_TEXTS: Record<AnnexIIIArea, ChoiceText> = {
  biometrics: {
    label: 'Biometrics',
    help: 'It identifies people remotely, sorts them by sensitive traits or recognises their emotions from biometric data (checking that someone is who they claim to be does not count).',
  },
  'critical-infrastructure': {
    label: 'Critical infrastructure',
    help: 'It is a safety component in running digital infrastructure, road traffic, or the supply of water, gas, heating or electricity.',
  },
  education: {
    label: 'Education and vocational training',
    help: 'It decides admissions, grades or evaluates learners, steers the education level someone can access, or watches for cheating in tests.',
  },
  employment: {
    label: 'Employment and workers management',
    help: 'It screens or ranks candidates, or informs decisions on promotion, dismissal, task allocation, or monitoring and evaluating staff.',
  },
  'essential-services': {
    label: 'Essential private and public services',
    help: 'It decides eligibility for public benefits, assesses creditworthiness, prices life or health insurance, or triages emergency calls.',
  },
  'law-enforcement': {
    label: 'Law enforcement',
    help: 'It is used by or for police and similar authorities, for example to assess risks to or from a person, or to weigh evidence.',
  },
  'migration-border': {
    label: 'Migration, asylum and border control',
    help: 'It is used by or for public authorities to assess risks posed by travellers, examine asylum, visa or residence applications, or identify people.',
  },
  'justice-democracy': {
    label: 'Justice and democratic processes',
    help: 'It helps courts research or apply the law to facts, or is meant to influence how people vote in an election or referendum.',
  },
};

export const ANNEX_III_DEROGATION_TEXTS: Record<AnnexIIIDerogation, ChoiceText> = {
  none: {
    label: 'None of these',
    help: 'It does more than the limited roles below, or it can materially influence the outcome of decisions.',
  },
  'narrow-procedural-task': {
    label: 'A narrow procedural task',
    help: 'It only does a narrow procedural job, such as turning unstructured documents into structured data or sorting incoming files.',
  },
  'improves-completed-human-activity': {
    label: 'Improving finished human work',
    help: 'It only improves the result of work a person has already completed, such as polishing the wording of a drafted letter.',
  },
  'detects-patterns-without-replacing-review': {
    label: 'Spotting patterns, with human review',
    help: 'It only flags decision patterns or departures from them, and never replaces or sways the earlier human assessment without proper human review.',
  },
  'preparatory-task': {
    label: 'A preparatory task',
    help: 'It only prepares the ground for an assessment, such as indexing, searching or translating documents that a person then assesses.',
  },
};

export const PROFILING_TEXTS: { readonly question: string; readonly help: string } & Record<
  'yes' | 'no',
  ChoiceText
> = {
  question: 'Does the system profile people?',
  help: 'Profiling means automatically evaluating aspects of a person, such as their work performance, finances, health, preferences, behaviour or movements. An Annex III system that profiles people is always high-risk.',
  yes: {
    label: 'Yes',
    help: 'It evaluates or predicts personal aspects of individuals from their data.',
  },
  no: {
    label: 'No',
    help: 'It does not evaluate or predict personal aspects of individuals.',
  },
};

export const TRANSPARENCY_TRIGGER_TEXTS: Record<TransparencyTrigger, ChoiceText> = {
  'interacts-with-people': {
    label: 'Talks or interacts with people',
    help: 'People deal with it directly, as with a chatbot or a voice assistant.',
  },
  'generates-synthetic-content': {
    label: 'Generates synthetic content',
    help: 'It produces text, images, audio or video that could pass for human-made or real.',
  },
  'emotion-recognition-or-biometric-categorisation': {
    label: 'Emotion recognition or biometric categorisation',
    help: 'It infers people’s emotions or sorts them into groups from biometric data, where this is not prohibited.',
  },
  'deep-fake': {
    label: 'Deep fakes',
    help: 'It creates or alters images, audio or video of people, places or events so that they look authentic when they are not.',
  },
  'public-interest-text': {
    label: 'Text published on matters of public interest',
    help: 'It writes or edits text published to inform the public, such as news, without a person reviewing it and taking editorial responsibility.',
  },
};
