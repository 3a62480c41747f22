import {
  ANNEX_III_AREAS,
  PROHIBITED_PRACTICES,
  TRANSPARENCY_TRIGGERS,
  type ANNEX_III_DEROGATIONS,
  type EuAiActAnswers,
} from './answers';
import type { AiActRole, RiskTier } from './tier';

/*
 * EU AI Act classification (Regulation (EU) 2024/1689), as a pure function of
 * the questionnaire's answers. The order of the tests is the order of the Act:
 * prohibited practices (Art. 5) win over everything; then high risk through an
 * Annex I product (Art. 6(1)) or an Annex III area (Art. 6(2)), unless the
 * Art. 6(3) derogation applies; then transparency obligations (Art. 50), which
 * also apply on top of high risk; otherwise minimal risk.
 */

export type ProhibitedPractice = (typeof PROHIBITED_PRACTICES)[number];
export type AnnexIIIArea = (typeof ANNEX_III_AREAS)[number];
export type AnnexIIIDerogation = (typeof ANNEX_III_DEROGATIONS)[number];
export type TransparencyTrigger = (typeof TRANSPARENCY_TRIGGERS)[number];

export interface EuAiActClassification {
  tier: RiskTier;
  /** Articles and annex points, de-duplicated, in the order they appear in the Regulation. */
  articles: string[];
  /** Plain sentences, one per finding, the deciding findings first. */
  reasons: string[];
}

/** Art. 5(1): the point that prohibits each practice. */
export const PROHIBITED_PRACTICE_ARTICLES: Record<ProhibitedPractice, string> = {
  'subliminal-manipulation': 'Art. 5(1)(a)',
  'exploiting-vulnerabilities': 'Art. 5(1)(b)',
  'social-scoring': 'Art. 5(1)(c)',
  'crime-prediction-by-profiling': 'Art. 5(1)(d)',
  'untargeted-facial-scraping': 'Art. 5(1)(e)',
  'emotion-recognition-workplace-education': 'Art. 5(1)(f)',
  'biometric-categorisation-sensitive': 'Art. 5(1)(g)',
  'realtime-remote-biometric-identification': 'Art. 5(1)(h)',
};

/** Annex III: the point that lists each area. */
export const ANNEX_III_POINTS: Record<AnnexIIIArea, number> = {
  biometrics: 1,
  'critical-infrastructure': 2,
  education: 3,
  employment: 4,
  'essential-services': 5,
  'law-enforcement': 6,
  'migration-border': 7,
  'justice-democracy': 8,
};

/** Art. 6(3) second subparagraph: the point of each condition. */
export const ANNEX_III_DEROGATION_POINTS: Record<Exclude<AnnexIIIDerogation, 'none'>, string> = {
  'narrow-procedural-task': 'Art. 6(3)(a)',
  'improves-completed-human-activity': 'Art. 6(3)(b)',
  'detects-patterns-without-replacing-review': 'Art. 6(3)(c)',
  'preparatory-task': 'Art. 6(3)(d)',
};

/** Art. 50: the paragraph behind each transparency trigger. */
export const TRANSPARENCY_ARTICLES: Record<TransparencyTrigger, string> = {
  'interacts-with-people': 'Art. 50(1)',
  'generates-synthetic-content': 'Art. 50(2)',
  'emotion-recognition-or-biometric-categorisation': 'Art. 50(3)',
  'deep-fake': 'Art. 50(4)',
  'public-interest-text': 'Art. 50(4)',
};

export function annexIIICitation(area: AnnexIIIArea): string {
  return `Annex III point ${ANNEX_III_POINTS[area]}`;
}

/** Every citation the classification can produce, in the order of the Regulation. */
export const CITATION_ORDER: readonly string[] = [
  'Art. 4',
  ...PROHIBITED_PRACTICES.map((practice) => PROHIBITED_PRACTICE_ARTICLES[practice]),
  'Art. 6(1)',
  'Art. 6(2)',
  'Art. 6(3)',
  'Art. 6(3), final subparagraph',
  'Art. 6(4)',
  'Arts. 9–15',
  'Art. 16',
  'Art. 23',
  'Art. 24',
  'Art. 26',
  'Art. 27',
  'Art. 49(2)',
  'Art. 50(1)',
  'Art. 50(2)',
  'Art. 50(3)',
  'Art. 50(4)',
  'Art. 95',
  'Annex I',
  ...ANNEX_III_AREAS.map(annexIIICitation),
];

const PROHIBITED_FINDINGS: Record<ProhibitedPractice, string> = {
  'subliminal-manipulation':
    'It uses subliminal, manipulative or deceptive techniques that distort people’s behaviour in a way that can cause them significant harm',
  'exploiting-vulnerabilities':
    'It exploits people’s vulnerabilities due to their age, disability or social or economic situation in a way that can cause them significant harm',
  'social-scoring':
    'It scores people on their social behaviour or personal traits, leading to unjustified or disproportionate detrimental treatment',
  'crime-prediction-by-profiling':
    'It predicts whether a person will commit a crime based solely on profiling or on their personality traits',
  'untargeted-facial-scraping':
    'It builds or expands facial recognition databases by untargeted scraping of facial images from the internet or CCTV footage',
  'emotion-recognition-workplace-education':
    'It infers people’s emotions at work or in education for reasons other than medical or safety ones',
  'biometric-categorisation-sensitive':
    'It uses biometric data to sort people by race, political opinions, trade union membership, religious or philosophical beliefs, sex life or sexual orientation',
  'realtime-remote-biometric-identification':
    'It identifies people remotely and in real time in publicly accessible spaces for law enforcement, outside the narrow, authorised exceptions of the Act',
};

const ANNEX_III_AREA_NAMES: Record<AnnexIIIArea, string> = {
  biometrics: 'biometrics',
  'critical-infrastructure': 'critical infrastructure',
  education: 'education and vocational training',
  employment: 'employment, workers management and access to self-employment',
  'essential-services': 'access to essential private and public services and benefits',
  'law-enforcement': 'law enforcement',
  'migration-border': 'migration, asylum and border control',
  'justice-democracy': 'administration of justice and democratic processes',
};

const DEROGATION_FINDINGS: Record<Exclude<AnnexIIIDerogation, 'none'>, string> = {
  'narrow-procedural-task': 'it only performs a narrow procedural task',
  'improves-completed-human-activity':
    'it only improves the result of an activity a person has already completed',
  'detects-patterns-without-replacing-review':
    'it only detects decision-making patterns or deviations from them, without replacing or influencing the earlier human assessment unless a person properly reviews it',
  'preparatory-task': 'it only performs a task preparatory to an assessment in that area',
};

/** Who carries each Art. 50 duty: providers for (1) and (2), deployers for (3) and (4). */
const TRANSPARENCY_DUTY_BEARER: Record<TransparencyTrigger, AiActRole> = {
  'interacts-with-people': 'provider',
  'generates-synthetic-content': 'provider',
  'emotion-recognition-or-biometric-categorisation': 'deployer',
  'deep-fake': 'deployer',
  'public-interest-text': 'deployer',
};

function whoMust(bearer: AiActRole, role: AiActRole): string {
  return bearer === role ? 'you must' : `the ${bearer} must`;
}

function transparencyFinding(trigger: TransparencyTrigger, role: AiActRole): string {
  const must = whoMust(TRANSPARENCY_DUTY_BEARER[trigger], role);
  const article = TRANSPARENCY_ARTICLES[trigger];
  switch (trigger) {
    case 'interacts-with-people':
      return `It interacts directly with people, so ${must} make sure they are told they are dealing with an AI system, unless that is obvious (${article}).`;
    case 'generates-synthetic-content':
      return `It generates synthetic audio, images, video or text, so ${must} mark its outputs in a machine-readable way as artificially generated (${article}).`;
    case 'emotion-recognition-or-biometric-categorisation':
      return `It recognises emotions or sorts people into categories from biometric data, so ${must} inform the people exposed to it (${article}).`;
    case 'deep-fake':
      return `It creates or alters images, audio or video that could falsely appear authentic (deep fakes), so ${must} disclose that the content was artificially generated or manipulated (${article}).`;
    case 'public-interest-text':
      return `It generates or edits text published to inform the public on matters of public interest, so ${must} disclose that the text was artificially generated, unless a person reviews it and takes editorial responsibility (${article}).`;
  }
}

function inActOrder(citations: ReadonlySet<string>): string[] {
  const rank = (citation: string) => {
    const index = CITATION_ORDER.indexOf(citation);
    return index === -1 ? CITATION_ORDER.length : index;
  };
  return [...citations].sort((a, b) => rank(a) - rank(b));
}

/**
 * Classify an AI system under the EU AI Act from the questionnaire's answers.
 * Pure and deterministic: the same answers, in any order, give the same result.
 */
export function classifyEuAiAct(answers: EuAiActAnswers): EuAiActClassification {
  const cited = new Set<string>();
  const reasons: string[] = [];
  const cite = (...citations: string[]) => {
    for (const citation of citations) cited.add(citation);
  };
  const result = (tier: RiskTier): EuAiActClassification => ({
    tier,
    articles: inActOrder(cited),
    reasons,
  });
  const { role } = answers;

  // 1. Prohibited practices (Art. 5): nothing else matters.
  const prohibited = PROHIBITED_PRACTICES.filter((p) => answers.prohibitedPractices.includes(p));
  if (prohibited.length > 0) {
    reasons.push(
      'It involves a practice the AI Act prohibits outright (Art. 5), so it may not be placed on the market, put into service or used in the EU.',
    );
    for (const practice of prohibited) {
      const article = PROHIBITED_PRACTICE_ARTICLES[practice];
      cite(article);
      reasons.push(`${PROHIBITED_FINDINGS[practice]} (${article}).`);
    }
    reasons.push(
      'The other answers do not change this result: the prohibited practice has to be removed before the initiative can go further.',
    );
    return result('prohibited');
  }

  // 2. High risk through Annex I product legislation (Art. 6(1)).
  if (answers.annexIProduct) {
    cite('Art. 6(1)', 'Annex I');
    reasons.push(
      'It is a product, or a safety component of a product, covered by the EU product legislation listed in Annex I that needs a third-party conformity assessment, so it is high-risk (Art. 6(1)).',
    );
  }

  // 3. High risk through an Annex III area (Art. 6(2)), unless the Art. 6(3) derogation applies.
  const areas = ANNEX_III_AREAS.filter((a) => answers.annexIIIAreas.includes(a));
  const derogation = answers.annexIIIDerogation;
  const derogationClaimed = areas.length > 0 && derogation !== 'none';
  const derogationApplies = derogationClaimed && !answers.profiling;
  const annexIIIHighRisk = areas.length > 0 && !derogationApplies;

  for (const area of areas) {
    const citation = annexIIICitation(area);
    cite(citation);
    const where = `Its intended use falls in ${citation} (${ANNEX_III_AREA_NAMES[area]})`;
    if (annexIIIHighRisk) {
      cite('Art. 6(2)');
      reasons.push(`${where}, which makes it high-risk (Art. 6(2)).`);
    } else {
      reasons.push(`${where}.`);
    }
  }
  if (derogationClaimed) {
    const condition = `${DEROGATION_FINDINGS[derogation]} (${ANNEX_III_DEROGATION_POINTS[derogation]})`;
    if (answers.profiling) {
      cite('Art. 6(3), final subparagraph');
      reasons.push(
        `Although ${condition}, it profiles people, and an Annex III system that profiles people is always high-risk (Art. 6(3), final subparagraph).`,
      );
    } else {
      cite('Art. 6(3)', 'Art. 6(4)', 'Art. 49(2)');
      reasons.push(
        `Because ${condition} and it does not profile people, the Art. 6(3) derogation applies: the Annex III use does not make it high-risk.`,
      );
      reasons.push(
        role === 'provider'
          ? 'Before placing it on the market or putting it into service, you must document this assessment (Art. 6(4)) and register the system in the EU database (Art. 49(2)).'
          : 'The provider must document this assessment before placing it on the market or putting it into service (Art. 6(4)) and register the system in the EU database (Art. 49(2)); ask the provider for that documentation.',
      );
      if (answers.annexIProduct) {
        reasons.push(
          'The derogation covers only the Annex III route: as an Annex I product it remains high-risk.',
        );
      }
    }
  }

  const highRisk = answers.annexIProduct || annexIIIHighRisk;

  // 4. Transparency obligations (Art. 50), on their own or on top of high risk.
  const triggers = TRANSPARENCY_TRIGGERS.filter((t) => answers.transparency.includes(t));
  if (highRisk && triggers.length > 0) {
    reasons.push(
      'Transparency obligations apply as well, in addition to the high-risk requirements (Art. 50).',
    );
  }
  for (const trigger of triggers) {
    cite(TRANSPARENCY_ARTICLES[trigger]);
    reasons.push(transparencyFinding(trigger, role));
  }

  // 5. What the organisation must do, by role, when the system is high-risk.
  if (highRisk) {
    switch (role) {
      case 'provider':
        cite('Arts. 9–15', 'Art. 16');
        reasons.push(
          'As provider, you must meet the high-risk requirements (risk management, data governance, technical documentation, record-keeping, instructions for deployers, human oversight, accuracy, robustness and cybersecurity: Arts. 9–15) and the provider obligations of Art. 16, including a quality management system, conformity assessment, CE marking and registration.',
        );
        break;
      case 'deployer': {
        cite('Art. 26');
        reasons.push(
          'As deployer, you must use it according to the provider’s instructions, give human oversight to competent people, make sure the input data you control is relevant, monitor its operation, keep its logs and inform the workers and people it is used on (Art. 26).',
        );
        // Art. 27 covers systems high-risk under Art. 6(2), except those of Annex III point 2.
        const fria = annexIIIHighRisk && areas.some((area) => area !== 'critical-infrastructure');
        if (fria) {
          cite('Art. 27');
          reasons.push(
            'A fundamental rights impact assessment may apply before first use (Art. 27): it is required of public bodies and private entities providing public services, and of any deployer using it to assess creditworthiness or to price life and health insurance (Annex III points 5(b) and 5(c)).',
          );
        }
        break;
      }
      case 'importer':
        cite('Art. 23');
        reasons.push(
          'As importer, before placing it on the market you must check that the provider carried out the conformity assessment, drew up the technical documentation, affixed the CE marking and appointed an authorised representative, and you must not place it on the market if you believe it does not conform (Art. 23).',
        );
        break;
      case 'distributor':
        cite('Art. 24');
        reasons.push(
          'As distributor, before making it available you must check that it bears the CE marking and comes with the EU declaration of conformity and instructions for use, and you must not make it available if you believe it does not conform (Art. 24).',
        );
        break;
    }
  }

  const tier: RiskTier = highRisk
    ? 'high-risk'
    : triggers.length > 0
      ? 'limited-risk'
      : 'minimal-risk';

  if (tier === 'minimal-risk') {
    cite('Art. 95');
    reasons.push(
      'Nothing in the answers makes it prohibited, high-risk or subject to transparency obligations, so it is minimal risk: no specific obligations apply, and following a voluntary code of conduct is encouraged (Art. 95).',
    );
  }

  // AI literacy applies whatever the tier.
  cite('Art. 4');
  reasons.push(
    'Whatever the tier, providers and deployers must make sure the people who operate and use it have enough AI literacy (Art. 4).',
  );

  return result(tier);
}
