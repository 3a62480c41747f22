import { z } from 'zod';
import { requiredText } from '../domain/common';
import type { Gap } from '../domain/readiness';
import { riskCategorySchema, type RiskCategory, type RiskFields } from '../domain/risk';
import type { Control } from './controls';
import type { RiskMatrix } from './matrix';
import { rescaleRating } from './scoring';

/** Templates are rated on a 5 × 5 matrix and rescaled to the workspace's. */
export const TEMPLATE_MATRIX_SIZE = 5;

const templateLevel = z.number().int().min(1).max(TEMPLATE_MATRIX_SIZE);

export const riskTemplateSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { message: 'Template ids are slugs' }),
  title: requiredText('Title', 160),
  description: requiredText('Description', 4000),
  category: riskCategorySchema,
  cause: requiredText('Cause', 2000),
  consequence: requiredText('Consequence', 2000),
  inherent: z.strictObject({ likelihood: templateLevel, impact: templateLevel }),
  controls: z.array(requiredText('Control description', 1000)).min(1),
});
export type RiskTemplate = z.infer<typeof riskTemplateSchema>;

/** The risk category each readiness gap maps to. */
export const GAP_RISK_CATEGORY: Record<Gap, RiskCategory> = {
  'data-quality': 'data-quality',
  integration: 'integration',
  'stakeholder-alignment': 'stakeholder-alignment',
  evaluation: 'evaluation',
  scale: 'scale-and-cost',
  maintenance: 'maintenance-and-drift',
};

/** Common AI risks, to add one in two clicks and then adjust. */
export const RISK_TEMPLATES: readonly RiskTemplate[] = [
  {
    id: 'production-data-differs-from-pilot',
    title: 'Production data is messier than the pilot sample',
    description:
      'The system was built and judged on a prepared extract. Live sources may not look like it.',
    category: 'data-quality',
    cause:
      'The pilot ran on a cleaned, hand-picked dataset; live feeds have missing fields, duplicates, changed formats and late records.',
    consequence:
      'Quality falls after launch and wrong outputs reach staff or customers before anyone notices.',
    inherent: { likelihood: 4, impact: 4 },
    controls: [
      'Profile each production source for completeness, duplicates and freshness before go-live',
      'Validate inputs at the boundary and quarantine records that fail',
      'Record where every training and evaluation set came from and when it was extracted',
    ],
  },
  {
    id: 'inconsistent-labels',
    title: 'Labels used for training or evaluation are wrong or inconsistent',
    description:
      'Ground truth that is itself unreliable makes both the model and its scores unreliable.',
    category: 'data-quality',
    cause:
      'Labels were produced by different people without shared guidelines, or inherited from an old process that made mistakes.',
    consequence:
      'The model learns the errors, and evaluation reports better quality than users will see.',
    inherent: { likelihood: 3, impact: 3 },
    controls: [
      'Write labelling guidelines with worked examples of hard cases',
      'Have a sample labelled twice and measure agreement before relying on it',
      'Audit a random slice of labels each quarter',
    ],
  },
  {
    id: 'fragile-integration',
    title: 'Failures at the joins with other systems',
    description:
      'Connections that were good enough for a demonstration break under real traffic and real failures.',
    category: 'integration',
    cause:
      'Authentication, timeouts, rate limits and error handling were skipped in the pilot; upstream interfaces change without notice.',
    consequence:
      'A business process stops or half-completes silently, and staff build manual workarounds.',
    inherent: { likelihood: 3, impact: 4 },
    controls: [
      'Contract tests for every interface the system calls or is called by',
      'Timeouts, retries with back-off and a circuit breaker on each dependency',
      'A documented, rehearsed rollback and a manual fallback for the process',
    ],
  },
  {
    id: 'functions-not-aligned',
    title: 'Legal, compliance, security or operations have not agreed',
    description: 'One function discovers the initiative late and blocks it, or is never asked.',
    category: 'stakeholder-alignment',
    cause:
      'Reviewers were brought in at the end, or each function assumed another had already approved.',
    consequence:
      'Launch stalls at the last gate, or goes ahead with an objection nobody wrote down.',
    inherent: { likelihood: 3, impact: 3 },
    controls: [
      'Name a reviewer from each function at the start and collect their sign-off at every gate',
      'Keep a decision log of objections and how each one was resolved',
    ],
  },
  {
    id: 'judged-on-accuracy-only',
    title: 'Success measured by accuracy instead of business results',
    description:
      'A good score on a test set does not show that the process is faster, cheaper or safer.',
    category: 'evaluation',
    cause:
      'No business measure with a baseline and target was agreed, and failures were not sorted by how much they cost.',
    consequence:
      'The system looks good in reports but does not move the business measure, or fails in expensive ways the score ignores.',
    inherent: { likelihood: 4, impact: 3 },
    controls: [
      'Agree business measures with a baseline and a target before the pilot starts',
      'Keep a taxonomy of failure types and measure the rate of each',
      'Evaluate on a held-out set drawn from production, not from the development data',
    ],
  },
  {
    id: 'confident-false-answers',
    title: 'Generated answers state falsehoods with confidence',
    description: 'A language model can produce fluent, plausible text that is simply untrue.',
    category: 'evaluation',
    cause:
      'The model fills gaps in its sources with invented detail, and nothing checks answers against the source material.',
    consequence:
      'People act on wrong information, and trust in the system collapses once errors come to light.',
    inherent: { likelihood: 4, impact: 3 },
    controls: [
      'Ground answers in retrieved sources and show the citations to the reader',
      'Maintain a factuality test set and run it before every release',
      'Require human review of answers used for high-stakes decisions',
    ],
  },
  {
    id: 'costs-outgrow-business-case',
    title: 'Running costs outgrow the business case at full volume',
    description: 'What was cheap for a few hundred requests a day may not be for a few million.',
    category: 'scale-and-cost',
    cause:
      'Model and infrastructure costs were measured at pilot volume; longer inputs, retries and new uses add up.',
    consequence:
      'The cost per transaction exceeds the benefit, and the service is throttled or switched off.',
    inherent: { likelihood: 3, impact: 4 },
    controls: [
      'Model the cost per transaction at the target volume and review it at each gate',
      'Set per-request and monthly spending limits with alerts',
      'Cache repeated work and route simple requests to a cheaper model',
    ],
  },
  {
    id: 'slow-under-load',
    title: 'Slow or failed responses at peak load',
    description: 'Response times acceptable in a pilot become unacceptable when everyone uses it.',
    category: 'scale-and-cost',
    cause:
      'The system was never load tested, and the provider’s rate limits are lower than peak demand.',
    consequence: 'Requests time out in the middle of user journeys and transactions are abandoned.',
    inherent: { likelihood: 3, impact: 3 },
    controls: [
      'Load test at twice the expected peak before go-live',
      'Agree quotas and rate limits with the provider in writing',
      'Degrade gracefully: queue, fall back or hand over to a person when overloaded',
    ],
  },
  {
    id: 'unnoticed-drift',
    title: 'Quality degrades as the world changes and nobody notices',
    description:
      'Inputs and behaviour shift after launch; a model fixed in time slowly gets worse.',
    category: 'maintenance-and-drift',
    cause:
      'Customer behaviour, products or upstream data change, and neither inputs nor outcomes are monitored against a baseline.',
    consequence:
      'Decisions get steadily worse over months with no alert, until a complaint or audit finds it.',
    inherent: { likelihood: 4, impact: 3 },
    controls: [
      'Monitor input distributions and outcome quality against the launch baseline',
      'Set drift thresholds that page a named owner',
      'Schedule re-evaluation and keep a tested retraining procedure',
    ],
  },
  {
    id: 'no-owner-after-launch',
    title: 'Nobody owns the system once the project team moves on',
    description: 'Projects end; systems keep running and need looking after.',
    category: 'maintenance-and-drift',
    cause:
      'Project funding stops at go-live and no on-call rota, runbook or maintenance budget was arranged.',
    consequence:
      'Incidents go unanswered and the model, prompts and libraries fall out of date and out of support.',
    inherent: { likelihood: 3, impact: 4 },
    controls: [
      'Name a service owner and an on-call rota before go-live',
      'Write a runbook covering the known failure modes',
      'Budget for maintenance and periodic re-evaluation each year',
    ],
  },
  {
    id: 'unequal-outcomes',
    title: 'Some groups of people get worse outcomes',
    description: 'Errors or refusals fall more heavily on people with particular characteristics.',
    category: 'bias-and-fairness',
    cause:
      'The data under-represents some groups or reflects past unfair decisions, and some inputs act as stand-ins for protected characteristics.',
    consequence:
      'People are treated unfairly, with harm to them, discrimination claims and damage to reputation.',
    inherent: { likelihood: 3, impact: 5 },
    controls: [
      'Measure error and outcome rates by group before launch and in production',
      'Test for and remove inputs that act as proxies for protected characteristics',
      'Give affected people a route to human review and appeal',
    ],
  },
  {
    id: 'personal-data-beyond-purpose',
    title: 'Personal data used beyond its lawful purpose',
    description:
      'Personal data finds its way into prompts, logs or training sets it was never collected for.',
    category: 'privacy',
    cause:
      'Data is copied to the model without a lawful basis, minimisation or retention limit, often through logging.',
    consequence:
      'A breach of data protection law, action by the regulator and loss of customer trust.',
    inherent: { likelihood: 3, impact: 4 },
    controls: [
      'Complete a data protection impact assessment before the pilot',
      'Strip or pseudonymise personal data before it reaches the model',
      'Set and enforce retention limits for prompts, outputs and logs',
    ],
  },
  {
    id: 'discloses-personal-data',
    title: 'The system reveals personal data to someone not entitled to it',
    description: 'An answer includes another person’s details.',
    category: 'privacy',
    cause:
      'Retrieval searches documents without checking the asker’s permissions, or the model reproduces data it was trained on.',
    consequence: 'A reportable data breach and harm to the people whose data was exposed.',
    inherent: { likelihood: 2, impact: 5 },
    controls: [
      'Apply the asking user’s access rights when retrieving documents',
      'Filter outputs for personal identifiers before they are shown',
      'Test for data extraction attacks before each release',
    ],
  },
  {
    id: 'prompt-injection',
    title: 'Prompt injection through content the system reads',
    description:
      'Text from emails, web pages, files or users carries instructions the model follows as if they came from us.',
    category: 'security',
    cause:
      'The model cannot reliably tell our instructions from instructions hidden in the content it processes.',
    consequence:
      'The system leaks data, misuses the tools it can call, or gives users misleading answers.',
    inherent: { likelihood: 4, impact: 4 },
    controls: [
      'Keep untrusted content apart from instructions and never let it choose tools',
      'Give tools the least privilege needed and ask a person before any consequential action',
      'Run an injection test suite against every release',
    ],
  },
  {
    id: 'compromised-supply-chain',
    title: 'A compromised model, library or dataset',
    description: 'Something we download to build the system has been tampered with.',
    category: 'security',
    cause:
      'Model weights, packages or datasets are pulled from public sources without checking where they came from.',
    consequence: 'Hidden behaviour, malware or data theft inside a trusted system.',
    inherent: { likelihood: 2, impact: 5 },
    controls: [
      'Pin versions and verify checksums of every model, package and dataset',
      'Review the provenance and licence of third-party models before use',
      'Scan dependencies for known vulnerabilities in the build',
    ],
  },
  {
    id: 'harm-without-human-check',
    title: 'An automated output causes harm with no human check',
    description: 'The system’s output is acted on directly where a mistake hurts someone.',
    category: 'safety',
    cause:
      'Outputs drive decisions or actions in a high-stakes setting, and human oversight exists on paper only.',
    consequence:
      'Physical harm, financial loss or a person wrongly refused a service they are entitled to.',
    inherent: { likelihood: 2, impact: 5 },
    controls: [
      'Require a person with authority to override to review high-impact decisions',
      'Route low-confidence cases to a person instead of acting on them',
      'Provide a way to stop the system at once, and an incident reporting route',
    ],
  },
  {
    id: 'unexplained-decisions',
    title: 'People cannot tell that AI was involved, or why it decided',
    description: 'Decisions are opaque to the people they affect and to those who must check them.',
    category: 'transparency',
    cause:
      'AI use is not disclosed, and the main reasons behind each output are neither recorded nor explained.',
    consequence:
      'Complaints that cannot be answered, decisions that cannot be contested, and transparency duties unmet.',
    inherent: { likelihood: 3, impact: 3 },
    controls: [
      'Tell people when they are interacting with an AI system',
      'Record the main factors behind each decision with the decision',
      'Offer a plain-language explanation and a way to contest the outcome',
    ],
  },
  {
    id: 'provider-changes-terms-or-model',
    title: 'The provider changes the model, its terms or its price',
    description: 'A third party controls a core part of the system and can change it unilaterally.',
    category: 'vendor',
    cause:
      'The provider can update or retire a model, change prices or terms, or end the service at short notice.',
    consequence:
      'Behaviour changes overnight, evaluations no longer hold, costs jump, or the service stops.',
    inherent: { likelihood: 4, impact: 3 },
    controls: [
      'Pin the model version and re-run the evaluation before any upgrade',
      'Negotiate notice periods, data-use terms and an exit plan in the contract',
      'Keep a tested fallback to a second provider or a manual process',
    ],
  },
  {
    id: 'regulatory-obligations-missed',
    title: 'Obligations under AI or sector regulation are missed',
    description:
      'The system falls into a regulated category, or moves into one, without the duties being met.',
    category: 'regulatory',
    cause:
      'The use case was not classified (for example its EU AI Act risk tier), or the classification was not revisited when the scope changed.',
    consequence:
      'A non-compliant system goes live, with fines, enforced withdrawal and reputational damage.',
    inherent: { likelihood: 3, impact: 5 },
    controls: [
      'Classify the use case against the EU AI Act and sector rules at every gate',
      'Ask for legal review whenever purpose, users or data change',
      'Keep the technical documentation and logs the classification requires',
    ],
  },
  {
    id: 'output-infringes-rights',
    title: 'Generated content infringes someone else’s rights',
    description: 'Text, code or images produced by the system copy protected material.',
    category: 'intellectual-property',
    cause:
      'The model reproduces copyrighted or licensed material, and the terms covering its training data and outputs are unclear.',
    consequence: 'Infringement claims, takedowns and having to withdraw published work.',
    inherent: { likelihood: 2, impact: 4 },
    controls: [
      'Check the provider’s terms on output ownership and intellectual property indemnity',
      'Scan generated code for licensed snippets before it is merged',
      'Have a person review generated content before publication',
    ],
  },
  {
    id: 'confidential-information-leaves',
    title: 'Confidential information leaves the organisation',
    description:
      'Trade secrets or client material are sent to an outside service that may keep or learn from them.',
    category: 'intellectual-property',
    cause:
      'Staff paste confidential documents into external tools whose terms allow retention or training on inputs.',
    consequence: 'Loss of trade secrets and breach of confidentiality owed to clients.',
    inherent: { likelihood: 3, impact: 4 },
    controls: [
      'Approve specific tools whose contracts forbid training on and retention of inputs',
      'Block unapproved AI services at the network edge',
      'Give staff clear guidance on what may and may not be shared',
    ],
  },
];

/** A new risk built from a template: the risk's fields plus its cause, consequence and controls. */
export type RiskFromTemplate = RiskFields & {
  templateId: string;
  cause: string;
  consequence: string;
  /** Suggested controls, owned by the risk owner until reassigned; ids come from the command. */
  controls: Omit<Control, 'id'>[];
};

/**
 * Turns a template into the fields of a new risk on the workspace's matrix.
 * Ratings are rescaled from 5 × 5; residual starts equal to inherent and the
 * treatment at "mitigate" until controls are in place and someone decides.
 */
export function instantiateTemplate(
  template: RiskTemplate,
  context: { matrix: RiskMatrix; initiativeId: string; ownerId: string },
): RiskFromTemplate {
  const inherent = rescaleRating(template.inherent, TEMPLATE_MATRIX_SIZE, context.matrix.size);
  return {
    templateId: template.id,
    initiativeId: context.initiativeId,
    title: template.title,
    description: template.description,
    category: template.category,
    cause: template.cause,
    consequence: template.consequence,
    ownerId: context.ownerId,
    inherent,
    // A separate object, so editing one rating never changes the other.
    residual: { ...inherent },
    treatment: 'mitigate',
    controls: template.controls.map((description) => ({
      description,
      ownerId: context.ownerId,
      dueDate: null,
      status: 'planned',
    })),
  };
}

export function findTemplate(id: string): RiskTemplate | undefined {
  return RISK_TEMPLATES.find((template) => template.id === id);
}
