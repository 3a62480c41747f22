import type { z } from 'zod';
import type { RiskTier } from '../euAiAct/tier';
import { gateTemplateSchema, type GateTemplate } from './template';

/*
 * The gate templates a new workspace starts with. They are written as schema
 * input (defaults left out) and parsed at module load, so a default that breaks
 * the schema fails every test run rather than a user's first gate.
 *
 * References are deliberately sparse: an item cites an EU AI Act article, NIST
 * AI RMF 1.0 subcategory or ISO/IEC 42001:2023 Annex A control only where it
 * genuinely speaks to that check. Articles cited on items for every tier are
 * pointers to good practice, not claims that the article binds that tier.
 */

type TemplateInput = z.input<typeof gateTemplateSchema>;

/*
 * Art. 50 duties also apply on top of high risk (the classifier returns the
 * higher tier), so transparency items are shown to both tiers.
 */
const TRANSPARENCY_TIERS: RiskTier[] = ['limited-risk', 'high-risk'];

const enterPilot: TemplateInput = {
  id: 'enter-pilot',
  version: 1,
  name: 'Enter pilot',
  description:
    'Lets a proof of concept run as a bounded pilot with real users: scoped data, a sandboxed integration, agreed success criteria and a way to stop it.',
  fromStages: ['proof-of-concept'],
  toStage: 'pilot',
  allowOneSignerForSeveralFunctions: false,
  functions: [
    {
      function: 'legal',
      quorum: 1,
      items: [
        {
          id: 'privacy-lawful-basis',
          text: 'Identify the personal data the pilot will process, whose it is, and the lawful basis for each purpose.',
          guidance:
            'Good evidence lists data categories, the people they concern, each purpose and its lawful basis, agreed with the privacy lead. Call out any personal data the proof of concept did not use.',
          evidenceRequired: false,
          refs: { nistAiRmf: ['GOVERN 1.1', 'MEASURE 2.10'] },
        },
        {
          id: 'dpia-screening',
          text: 'Screen the pilot for whether a data protection impact assessment is required and, if it is, start it before any real personal data is used.',
          guidance:
            'Expect a short screening record against the GDPR Art. 35 criteria (systematic evaluation of people, large-scale sensitive data, new technology). A conclusion that no DPIA is needed must give its reasons.',
          evidenceRequired: true,
          refs: { nistAiRmf: ['MEASURE 2.10'] },
        },
        {
          id: 'vendor-data-terms',
          text: "Review the model or platform vendor's terms: whether our inputs and outputs may be used to train their models, where data is processed, and how long they keep it.",
          guidance:
            'Attach the signed terms or data processing agreement. Consumer or free-tier terms that allow training on our data are not acceptable for real business data.',
          evidenceRequired: true,
          refs: { nistAiRmf: ['GOVERN 6.1', 'MAP 4.1'], iso42001: ['A.10.3'] },
        },
        {
          id: 'ip-and-output-rights',
          text: 'Confirm we have the rights to the data and third-party content the pilot uses, and who owns and may reuse what the model produces.',
          guidance:
            'A short note covering data licences, scraped or purchased content, and the output ownership clause in the vendor terms is enough at this stage.',
          evidenceRequired: false,
          refs: { nistAiRmf: ['GOVERN 6.1', 'MAP 4.1'] },
        },
        {
          id: 'pilot-participant-notice',
          text: 'Tell pilot users, and any customers it touches, that the pilot is experimental, what it does with their data and how to opt out or raise a concern.',
          guidance:
            'Look for the actual notice or briefing text, not a promise to write one. It should state the limits of the system in plain words.',
          evidenceRequired: false,
          refs: { nistAiRmf: ['MAP 2.2'], iso42001: ['A.8.2'] },
        },
        {
          id: 'real-world-testing-plan',
          text: 'If we are the provider and the pilot tests a high-risk system in real-world conditions before it is on the market, prepare the testing plan and obtain participants’ informed consent.',
          guidance:
            'Art. 60 requires a plan submitted to the market surveillance authority, registration, a limited duration and outputs that can be reversed; Art. 61 sets out informed consent. A deployer piloting a system already on the market records why this does not apply.',
          evidenceRequired: true,
          refs: { euAiAct: ['Art. 60', 'Art. 61'] },
          tiers: ['high-risk'],
        },
      ],
    },
    {
      function: 'compliance',
      quorum: 1,
      items: [
        {
          id: 'risk-classification',
          text: 'Confirm the EU AI Act classification is recorded, reviewed, and matches the pilot as it will actually run.',
          guidance:
            'The recorded answers should describe the pilot’s real users, data and decisions. Re-run the questionnaire if the scope has grown since the proof of concept.',
          evidenceRequired: false,
          refs: { euAiAct: ['Art. 5', 'Art. 6', 'Art. 50'], nistAiRmf: ['GOVERN 1.1', 'MAP 1.1'] },
        },
        {
          id: 'intended-purpose',
          text: 'Document the intended purpose, who will use the system, who is affected by it, and the uses that are out of scope.',
          guidance:
            'A good statement is specific enough that a reviewer could tell whether a proposed new use is in or out of scope.',
          evidenceRequired: false,
          refs: { nistAiRmf: ['MAP 1.1', 'MAP 3.3'], iso42001: ['A.9.4'] },
        },
        {
          id: 'pilot-data-scope',
          text: 'List the data sources and fields the pilot will read, where each comes from, and how they differ from the curated proof-of-concept sample.',
          guidance:
            'Each source should have an owner, its provenance and the quality issues known so far. The full audit of production sources is a go-live check; here the point is to know what the pilot will touch.',
          evidenceRequired: false,
          refs: { nistAiRmf: ['MAP 2.3'], iso42001: ['A.7.2', 'A.7.5'] },
        },
        {
          id: 'model-card-draft',
          text: 'Draft a model card: model and version, provider, a summary of training or fine-tuning data, known limitations, and the evaluation done so far.',
          guidance:
            'A one or two page draft is fine for a pilot, as long as the limitations section is honest. It becomes the final model card at go-live.',
          evidenceRequired: true,
          refs: { nistAiRmf: ['MAP 2.2', 'MEASURE 2.9'], iso42001: ['A.6.2.7'] },
        },
        {
          id: 'bias-assessment-plan',
          text: 'Plan the bias and fairness assessment: which groups could be treated differently, which measures would show it, and what the pilot must record to compute them.',
          guidance:
            'The plan should name the groups and metrics and confirm the pilot logs what is needed to measure them lawfully.',
          evidenceRequired: false,
          refs: { nistAiRmf: ['MEASURE 2.11'], iso42001: ['A.5.4'] },
        },
        {
          id: 'ai-interaction-notice',
          text: 'Where the system talks to people or produces synthetic content, show pilot users a clear notice that they are dealing with AI or AI-generated content.',
          guidance:
            'Check the notice in the pilot interface itself, shown at or before the first interaction.',
          evidenceRequired: false,
          refs: { euAiAct: ['Art. 50(1)', 'Art. 50(2)'], iso42001: ['A.8.2'] },
          tiers: TRANSPARENCY_TIERS,
        },
        {
          id: 'risk-management-system',
          text: 'As provider, set up the Art. 9 risk management system for this system, with known and reasonably foreseeable risks identified and mitigations planned before the pilot.',
          guidance:
            'Expect a risk management plan covering risks to health, safety and fundamental rights, including foreseeable misuse, with owners and the testing that will show residual risk is acceptable.',
          evidenceRequired: true,
          refs: { euAiAct: ['Art. 9'], nistAiRmf: ['MAP 5.1', 'MANAGE 1.3'] },
          tiers: ['high-risk'],
        },
      ],
    },
    {
      function: 'security',
      quorum: 1,
      quorumByTier: { 'high-risk': 2 },
      items: [
        {
          id: 'threat-model',
          text: 'Produce a threat model for the pilot covering prompt injection (direct and through retrieved content), data exfiltration through outputs or tool calls, and misuse by authorised users.',
          guidance:
            'Good evidence is a diagram of data flows and trust boundaries with each threat, its likelihood and the mitigation or acceptance. Systems without an LLM still need the data flow and abuse cases.',
          evidenceRequired: true,
          refs: { nistAiRmf: ['MEASURE 2.7'] },
        },
        {
          id: 'pilot-access-control',
          text: 'Limit access to named pilot users, scope service accounts to the pilot data, and give the pilot no write access to production systems.',
          guidance:
            'Check the actual access list and account permissions rather than the intended design.',
          evidenceRequired: false,
          refs: { nistAiRmf: ['MEASURE 2.7'] },
        },
        {
          id: 'secrets-handling',
          text: 'Keep API keys and credentials in the approved secrets store, not in code, notebooks or prompts, and rotate any that were used during the proof of concept.',
          guidance:
            'A scan of the repository and notebooks for secrets, and the rotation record, are good evidence.',
          evidenceRequired: false,
          refs: { nistAiRmf: ['MEASURE 2.7'] },
        },
        {
          id: 'vendor-security-review',
          text: "Review the vendor's security posture: certifications, encryption, data residency, and where prompts and outputs are stored or logged on their side.",
          guidance:
            'A completed vendor security questionnaire or current certification report, with any gaps noted, is enough for a pilot.',
          evidenceRequired: false,
          refs: { nistAiRmf: ['GOVERN 6.1', 'MANAGE 3.1'], iso42001: ['A.10.3'] },
        },
        {
          id: 'pilot-logging',
          text: 'Log access, prompts and outputs during the pilot so misuse or a leak can be investigated, with a retention period agreed with privacy.',
          guidance:
            'Confirm the logs exist and someone can search them; logging personal data needs the privacy lead’s agreement.',
          evidenceRequired: false,
          refs: { iso42001: ['A.6.2.8'] },
        },
        {
          id: 'adversarial-test-plan',
          text: 'Plan adversarial and robustness testing against the threats Art. 15 names: data or model poisoning, adversarial inputs, confidentiality attacks and model flaws.',
          guidance:
            'The plan should say what will be tested during the pilot, by whom, and what result would block go-live.',
          evidenceRequired: false,
          refs: { euAiAct: ['Art. 15'], nistAiRmf: ['MEASURE 2.7'] },
          tiers: ['high-risk'],
        },
      ],
    },
    {
      function: 'operations',
      quorum: 1,
      items: [
        {
          id: 'pilot-plan',
          text: 'Write a pilot plan: scope, users, duration, success and stop criteria measured against the current process, and who decides at the end.',
          guidance:
            'Success criteria must be set before the pilot starts and be measurable against a baseline, such as handling time or error rate today. A plan without stop criteria is not ready.',
          evidenceRequired: true,
          refs: { nistAiRmf: ['MAP 1.4', 'MANAGE 1.1'] },
        },
        {
          id: 'sandboxed-integration',
          text: 'Connect the pilot to sandbox or read-only copies of the systems it touches, and note how each connection would work in production.',
          guidance:
            'A list of integrations with their pilot and intended production form (API, authentication, error handling) is good evidence.',
          evidenceRequired: false,
          refs: { iso42001: ['A.6.2.2'] },
        },
        {
          id: 'switch-off',
          text: 'Make sure the pilot can be switched off quickly and that users can fall back to the existing process without losing work.',
          guidance: 'Ask who can switch it off, how, and whether it has been tried.',
          evidenceRequired: false,
          refs: { nistAiRmf: ['MANAGE 2.4'] },
        },
        {
          id: 'pilot-monitoring',
          text: "Track the pilot's output quality, errors, latency and cost per request from day one, with a named person reviewing them every week.",
          guidance:
            'A simple dashboard or weekly report is enough; what matters is that the numbers exist and someone looks at them.',
          evidenceRequired: false,
          refs: { nistAiRmf: ['MEASURE 2.4'], iso42001: ['A.6.2.6'] },
        },
        {
          id: 'pilot-users-trained',
          text: 'Brief pilot users on what the system can and cannot do, when to check or override its output, and how to report a wrong answer or an incident.',
          guidance:
            'Look for the briefing material and a named support contact. Art. 4 expects sufficient AI literacy of the people who use the system.',
          evidenceRequired: false,
          refs: { euAiAct: ['Art. 4'], nistAiRmf: ['MAP 3.4', 'MEASURE 3.3'] },
        },
        {
          id: 'human-review-in-pilot',
          text: 'Have a competent person review every output that affects an individual during the pilot, with the authority to override it, and record the overrides.',
          guidance:
            'Overrides recorded in the pilot are the first evidence for the human oversight design at go-live.',
          evidenceRequired: false,
          refs: { euAiAct: ['Art. 14', 'Art. 26(2)'], nistAiRmf: ['MAP 3.5'] },
          tiers: ['high-risk'],
        },
      ],
    },
  ],
};

const goLive: TemplateInput = {
  id: 'go-live',
  version: 1,
  name: 'Go live',
  description:
    'Moves a pilot into production once the evidence shows it works on real data, at real volume, with the people and processes in place to run it.',
  fromStages: ['pilot'],
  toStage: 'production',
  allowOneSignerForSeveralFunctions: false,
  functions: [
    {
      function: 'legal',
      quorum: 1,
      items: [
        {
          id: 'dpia',
          text: 'Complete the DPIA for the production system, with residual risks accepted by the accountable owner and the supervisory authority consulted if high risk remains.',
          guidance:
            'Expect the signed DPIA describing processing, necessity, risks to individuals and mitigations. It must reflect production data and volume, not the pilot.',
          evidenceRequired: true,
          refs: { nistAiRmf: ['MEASURE 2.10'] },
        },
        {
          id: 'lawful-basis',
          text: 'Confirm the lawful basis, privacy notices and retention periods cover production use, including any purpose or data added since the pilot.',
          guidance:
            'Compare the production data flows with the pilot record and the published privacy notice; any difference needs a decision.',
          evidenceRequired: false,
          refs: { nistAiRmf: ['GOVERN 1.1', 'MEASURE 2.10'] },
        },
        {
          id: 'vendor-data-terms',
          text: 'Secure production vendor terms on data: no training on our data without our consent, processing locations, sub-processors, confidentiality, and deletion on request.',
          guidance:
            'Attach the signed contract or data processing agreement and point to the clauses. Terms that allow the vendor to change data use unilaterally need a fallback.',
          evidenceRequired: true,
          refs: { nistAiRmf: ['GOVERN 6.1', 'MAP 4.1'], iso42001: ['A.10.2', 'A.10.3'] },
        },
        {
          id: 'vendor-liability-exit',
          text: 'Confirm the vendor contract settles liability and indemnity (including IP claims), service levels, notice of model changes, and exit with our data and fine-tunes returned.',
          guidance:
            'Good evidence names the clauses and a realistic exit path: notice period, data export format and an alternative provider or process if the service is withdrawn.',
          evidenceRequired: true,
          refs: { nistAiRmf: ['GOVERN 6.1', 'GOVERN 6.2'], iso42001: ['A.10.3'] },
        },
        {
          id: 'user-terms',
          text: 'Update customer or user terms and notices to describe the role of AI, its limits, and how a person can contest an outcome that affects them.',
          guidance:
            'Check the published wording. Decisions with legal or similarly significant effects need a route to human review.',
          evidenceRequired: false,
          refs: { nistAiRmf: ['MAP 2.2', 'MEASURE 3.3'], iso42001: ['A.8.2'] },
        },
        {
          id: 'fria',
          text: 'Where Art. 27 requires it of us as deployer, complete the fundamental rights impact assessment and notify the market surveillance authority of its results.',
          guidance:
            'Art. 27 applies to public bodies, private entities providing public services, and credit scoring and life or health insurance pricing uses. If it does not apply, record why.',
          evidenceRequired: true,
          refs: { euAiAct: ['Art. 27'], nistAiRmf: ['MAP 5.1'], iso42001: ['A.5.4', 'A.5.5'] },
          tiers: ['high-risk'],
        },
        {
          id: 'inform-affected-people',
          text: 'Inform people subject to decisions made or assisted by the system that it is used, and how they can obtain an explanation of a decision about them.',
          guidance:
            'Art. 26(11) requires the information; Art. 86 gives a right to an explanation for decisions with legal or similarly significant effects.',
          evidenceRequired: false,
          refs: { euAiAct: ['Art. 26(11)', 'Art. 86'] },
          tiers: ['high-risk'],
        },
      ],
    },
    {
      function: 'compliance',
      quorum: 1,
      quorumByTier: { 'high-risk': 2 },
      items: [
        {
          id: 'data-quality-audit',
          text: 'Audit the real production data sources, not only the curated proof-of-concept sample: completeness, errors, freshness, representativeness and lineage.',
          guidance:
            'Expect a report comparing production data with the data the system was built and evaluated on, listing the issues found and whether each was fixed or accepted. A sample hand-picked by the build team is not enough.',
          evidenceRequired: true,
          refs: { nistAiRmf: ['MAP 2.3'], iso42001: ['A.7.4', 'A.7.5'] },
        },
        {
          id: 'model-card',
          text: 'Publish the final model card: model and version, data used, intended and out-of-scope uses, evaluation results by relevant group, known limitations and test conditions.',
          guidance:
            'The card should match what is deployed, including the exact model version, and be readable by the people who oversee the system.',
          evidenceRequired: true,
          refs: { nistAiRmf: ['MAP 2.2', 'MEASURE 2.9'], iso42001: ['A.6.2.7', 'A.8.2'] },
        },
        {
          id: 'bias-fairness-assessment',
          text: 'Assess bias and fairness on production-like data for the groups the system affects, and record the results and what was done about any gap.',
          guidance:
            'Good evidence shows the metrics chosen and why, results per group with sample sizes, and the decision on each disparity found.',
          evidenceRequired: true,
          refs: { nistAiRmf: ['MEASURE 2.11'], iso42001: ['A.5.4'] },
        },
        {
          id: 'risk-register',
          text: 'Record the risks of the system with owners and treatments, and have any residual risk above appetite formally accepted.',
          guidance:
            'Each risk should have a residual score and a control with an owner; acceptances should be signed and have an expiry.',
          evidenceRequired: false,
          refs: { nistAiRmf: ['MANAGE 1.2', 'MANAGE 1.4'] },
        },
        {
          id: 'classification-current',
          text: 'Reconfirm the EU AI Act classification against the system as built, including features and uses added during the pilot.',
          guidance:
            'If anything changed since the pilot, re-run the questionnaire so the recorded tier and reasons are current.',
          evidenceRequired: false,
          refs: { euAiAct: ['Art. 6', 'Art. 50'], nistAiRmf: ['GOVERN 1.1'] },
        },
        {
          id: 'ai-interaction-notice',
          text: 'Where the system interacts with people, tell them they are dealing with AI at the latest at their first interaction, unless that is obvious from the context.',
          guidance:
            'Check the notice in the production interface and in any channel the system answers.',
          evidenceRequired: false,
          refs: { euAiAct: ['Art. 50(1)', 'Art. 50(5)'], iso42001: ['A.8.2'] },
          tiers: TRANSPARENCY_TIERS,
        },
        {
          id: 'synthetic-content-marking',
          text: 'Where the system generates images, audio, video or text, mark outputs as AI-generated in a machine-readable way (provider) and disclose deep fakes and AI-written public-interest text (deployer).',
          guidance:
            'Evidence is the marking method (such as metadata or watermarking) with a test showing it survives normal use, and the disclosure wording.',
          evidenceRequired: false,
          refs: { euAiAct: ['Art. 50(2)', 'Art. 50(4)'] },
          tiers: TRANSPARENCY_TIERS,
        },
        {
          id: 'risk-management-system',
          text: 'As provider, show the Art. 9 risk management system runs across the life cycle: risks identified, estimated and evaluated, and testing showing residual risks are acceptable.',
          guidance:
            'Expect the risk management file with test results against predefined metrics and thresholds, and the residual risk judgement.',
          evidenceRequired: true,
          refs: { euAiAct: ['Art. 9', 'Annex IV(5)'], nistAiRmf: ['MANAGE 1.3'] },
          tiers: ['high-risk'],
        },
        {
          id: 'data-governance',
          text: 'As provider, document governance of training, validation and test data: design choices, collection and provenance, preparation, assumptions, bias examination and gaps.',
          guidance:
            'The data sets should be shown to be relevant, sufficiently representative and as free of errors as possible for the intended purpose.',
          evidenceRequired: true,
          refs: {
            euAiAct: ['Art. 10', 'Annex IV(2)'],
            iso42001: ['A.7.2', 'A.7.3', 'A.7.4', 'A.7.5', 'A.7.6'],
          },
          tiers: ['high-risk'],
        },
        {
          id: 'technical-documentation',
          text: 'As provider, complete the Annex IV technical documentation before the system is placed on the market or put into service, with a process to keep it up to date.',
          guidance:
            'Check it against each point of Annex IV; gaps should be listed with an owner rather than left silent.',
          evidenceRequired: true,
          refs: { euAiAct: ['Art. 11', 'Annex IV'], iso42001: ['A.6.2.7'] },
          tiers: ['high-risk'],
        },
        {
          id: 'instructions-for-use',
          text: 'As provider, write instructions for use covering the intended purpose, accuracy levels and metrics, known risks, human oversight measures and how to collect logs.',
          guidance:
            'They should be concise and understandable by the deployer’s staff, and consistent with the technical documentation.',
          evidenceRequired: true,
          refs: { euAiAct: ['Art. 13'], nistAiRmf: ['MAP 2.2'], iso42001: ['A.8.2'] },
          tiers: ['high-risk'],
        },
        {
          id: 'quality-management-system',
          text: 'As provider, show the system is covered by a documented quality management system: design control, testing, data management, post-market monitoring and incident reporting.',
          guidance:
            'Point to the QMS procedures that apply to this system, with the accountable person for each.',
          evidenceRequired: true,
          refs: { euAiAct: ['Art. 17'], nistAiRmf: ['GOVERN 1.4'] },
          tiers: ['high-risk'],
        },
        {
          id: 'conformity-assessment',
          text: 'As provider, complete the conformity assessment, draw up the EU declaration of conformity and affix the CE marking before the system is placed on the market.',
          guidance:
            'Record which procedure applied (internal control or a notified body) and attach the declaration.',
          evidenceRequired: true,
          refs: { euAiAct: ['Art. 43', 'Art. 47', 'Art. 48'] },
          tiers: ['high-risk'],
        },
        {
          id: 'eu-database-registration',
          text: 'Register the system (provider) or its use (public-authority deployer) in the EU database before it is placed on the market or put into service.',
          guidance:
            'Attach the registration confirmation, or record why registration does not apply.',
          evidenceRequired: true,
          refs: { euAiAct: ['Art. 49', 'Art. 71'] },
          tiers: ['high-risk'],
        },
      ],
    },
    {
      function: 'security',
      quorum: 1,
      quorumByTier: { 'high-risk': 2 },
      items: [
        {
          id: 'threat-model',
          text: 'Update the threat model for the production design: prompt injection (direct and through documents or tools), data exfiltration through outputs or tool calls, poisoning and abuse.',
          guidance:
            'Good evidence shows data flows, trust boundaries and each threat with its mitigation or acceptance, and reflects every production integration.',
          evidenceRequired: true,
          refs: { nistAiRmf: ['MEASURE 2.7'] },
        },
        {
          id: 'security-testing',
          text: 'Test the mitigations in the threat model, including adversarial prompts, jailbreaks, injection through documents and output filtering, and fix or accept the findings.',
          guidance:
            'Expect a test or penetration test report with findings, severities and their resolution; untested mitigations do not count.',
          evidenceRequired: true,
          refs: { nistAiRmf: ['MEASURE 2.7'] },
        },
        {
          id: 'access-control',
          text: "Enforce least-privilege access to the system, its data and its tools, so the model can never act beyond the calling user's own permissions.",
          guidance:
            'Check roles, service account scopes and tool permissions in the deployed configuration, and that access reviews are scheduled.',
          evidenceRequired: false,
          refs: { nistAiRmf: ['MEASURE 2.7'] },
        },
        {
          id: 'secrets-management',
          text: 'Keep API keys and credentials in the secrets manager, rotate them on a schedule, and confirm none appear in code, prompts, logs or notebooks.',
          guidance:
            'A secrets scan of the production repositories and the rotation schedule are good evidence.',
          evidenceRequired: false,
          refs: { nistAiRmf: ['MEASURE 2.7'] },
        },
        {
          id: 'security-logging',
          text: 'Log access, prompts, tool calls and administrative changes to a tamper-resistant store, with alerts for abuse patterns.',
          guidance:
            'Confirm the alerts reach the security team and that log retention is agreed with privacy.',
          evidenceRequired: false,
          refs: { iso42001: ['A.6.2.8'] },
        },
        {
          id: 'accuracy-robustness-cybersecurity',
          text: 'Show the Art. 15 measures: declared accuracy metrics, resilience to errors and inconsistencies, safe fallback behaviour, and defences against poisoning and adversarial inputs.',
          guidance:
            'Expect test results for each measure and the accuracy figures that the instructions for use will declare.',
          evidenceRequired: true,
          refs: { euAiAct: ['Art. 15'], nistAiRmf: ['MEASURE 2.5', 'MEASURE 2.6', 'MEASURE 2.7'] },
          tiers: ['high-risk'],
        },
      ],
    },
    {
      function: 'operations',
      quorum: 1,
      items: [
        {
          id: 'integration-rollback',
          text: 'Integrate with production systems through supported APIs with authentication, timeouts, retries and error handling, and rehearse a rollback to the previous process.',
          guidance:
            'Expect the integration and rollback plan and a record of the rollback rehearsal, including how long it took.',
          evidenceRequired: true,
          refs: { nistAiRmf: ['MANAGE 2.4'], iso42001: ['A.6.2.5'] },
        },
        {
          id: 'load-test',
          text: 'Load test at the target production volume and peak, recording latency, error rate, rate-limit behaviour and cost per transaction.',
          guidance:
            'The report should state the volumes tested against the business case and what breaks first. Vendor rate limits and quotas count as capacity.',
          evidenceRequired: true,
          refs: { nistAiRmf: ['MEASURE 2.3'], iso42001: ['A.4.5'] },
        },
        {
          id: 'monitoring-drift',
          text: 'Monitor output quality, input and output drift, latency, errors and cost in production, with thresholds that alert a named owner.',
          guidance:
            'Expect the monitoring plan or dashboard with the metrics, their thresholds and who is alerted. Quality needs a signal beyond uptime, such as sampled human review.',
          evidenceRequired: true,
          refs: { nistAiRmf: ['MEASURE 2.4', 'MANAGE 4.1'], iso42001: ['A.6.2.6'] },
        },
        {
          id: 'retraining-cadence',
          text: 'Set when the model, prompts or data will be re-evaluated or retrained, who approves a change, and how each change (including a vendor model update) is tested before release.',
          guidance:
            'A cadence with triggers (drift thresholds, vendor version changes) and a named approver is good evidence.',
          evidenceRequired: false,
          refs: { nistAiRmf: ['MANAGE 3.2', 'MANAGE 4.2'], iso42001: ['A.6.2.6'] },
        },
        {
          id: 'runbook',
          text: 'Write the runbook: how to operate, restart, scale, switch off and roll back the system, with its known failure modes and what to do about each.',
          guidance:
            'Someone other than the authors should be able to follow it; ask whether it has been used in a drill.',
          evidenceRequired: true,
          refs: { nistAiRmf: ['MANAGE 2.4'], iso42001: ['A.6.2.6'] },
        },
        {
          id: 'incident-response',
          text: 'Extend incident response to AI failures: harmful or wrong outputs at scale, data leaks, prompt injection and vendor outages, with escalation to legal and privacy.',
          guidance:
            'Expect the updated incident plan with severity levels, who to notify and a post-incident review step.',
          evidenceRequired: true,
          refs: { nistAiRmf: ['MANAGE 2.3', 'MANAGE 4.3'], iso42001: ['A.8.4'] },
        },
        {
          id: 'on-call',
          text: 'Staff an on-call rota with access to the runbook, dashboards and switch-off, and confirm everyone on it has been briefed.',
          guidance:
            'Check the rota exists in the paging tool and covers the service hours of the system.',
          evidenceRequired: false,
          refs: { nistAiRmf: ['GOVERN 2.1'] },
        },
        {
          id: 'automatic-logging',
          text: 'Confirm the system automatically records events over its lifetime so risks and substantial modifications can be traced, and that logs are kept for at least six months.',
          guidance:
            'Check what is logged against Art. 12 and the retention setting; providers and deployers each keep the logs under their control.',
          evidenceRequired: false,
          refs: { euAiAct: ['Art. 12', 'Art. 19', 'Art. 26(6)'], iso42001: ['A.6.2.8'] },
          tiers: ['high-risk'],
        },
        {
          id: 'human-oversight',
          text: 'Design and staff human oversight: competent overseers who understand the limits, can interpret outputs, can decide not to use them and can stop the system.',
          guidance:
            'Expect named roles with training records and evidence that automation bias is addressed, for example by sampling decisions overseers accepted without change.',
          evidenceRequired: true,
          refs: {
            euAiAct: ['Art. 14', 'Art. 26(2)'],
            nistAiRmf: ['GOVERN 3.2', 'MAP 3.5'],
            iso42001: ['A.9.2'],
          },
          tiers: ['high-risk'],
        },
        {
          id: 'post-market-monitoring',
          text: 'As provider, put the post-market monitoring plan in place to collect and analyse performance data throughout the lifetime of the system.',
          guidance:
            'The plan is part of the technical documentation and should say what data is gathered from deployers and how it feeds corrective action.',
          evidenceRequired: true,
          refs: {
            euAiAct: ['Art. 72', 'Annex IV(9)'],
            nistAiRmf: ['MANAGE 4.1'],
            iso42001: ['A.6.2.6'],
          },
          tiers: ['high-risk'],
        },
        {
          id: 'serious-incident-reporting',
          text: 'Set up reporting of serious incidents to the market surveillance authority within the Art. 73 deadlines, and, as deployer, informing the provider first.',
          guidance:
            'Check the incident plan names who decides whether an incident is serious and who files the report.',
          evidenceRequired: false,
          refs: { euAiAct: ['Art. 73', 'Art. 26(5)'], nistAiRmf: ['MANAGE 4.3'] },
          tiers: ['high-risk'],
        },
      ],
    },
    {
      function: 'data-privacy',
      quorum: 1,
      // Legal covers the DPIA on every tier; a dedicated privacy sign-off is
      // reserved for high risk, where the data questions are sharpest.
      requiredForTiers: ['high-risk'],
      items: [
        {
          id: 'data-minimisation',
          text: 'Confirm the system uses only the personal data it needs, with unneeded fields removed or pseudonymised before they reach the model or the vendor.',
          guidance:
            'Compare the fields sent to the model with those the purpose requires; each extra field needs a reason.',
          evidenceRequired: false,
          refs: { nistAiRmf: ['MEASURE 2.10'], iso42001: ['A.7.6'] },
        },
        {
          id: 'retention-deletion',
          text: 'Set retention periods for inputs, outputs, logs and training data containing personal data, and show they are enforced, including at the vendor.',
          guidance:
            'Retention must balance deletion duties against the log-keeping the Act requires; record the period chosen and the reason.',
          evidenceRequired: false,
          refs: { nistAiRmf: ['MEASURE 2.10'] },
        },
        {
          id: 'data-subject-rights',
          text: 'Show how access, rectification, erasure and objection requests reach the data held by or for the system, including logs, fine-tuning data and vendor copies.',
          guidance: 'A walkthrough of one test request end to end is good evidence.',
          evidenceRequired: false,
          refs: { nistAiRmf: ['MEASURE 2.10'] },
        },
        {
          id: 'special-category-data',
          text: 'If special categories of personal data are processed to detect and correct bias, confirm they are strictly necessary, safeguarded, access-limited and deleted once used.',
          guidance:
            'Art. 10(5) sets these conditions; the record should show why synthetic or anonymised data would not do.',
          evidenceRequired: false,
          refs: { euAiAct: ['Art. 10(5)'], nistAiRmf: ['MEASURE 2.10', 'MEASURE 2.11'] },
        },
        {
          id: 'international-transfers',
          text: 'Identify where personal data is processed and stored, including vendor sub-processors, and the safeguard for any transfer outside the EEA.',
          guidance:
            'The vendor sub-processor list and the transfer mechanism relied on are good evidence.',
          evidenceRequired: false,
          refs: { nistAiRmf: ['GOVERN 6.1'], iso42001: ['A.10.3'] },
        },
      ],
    },
    {
      function: 'business-owner',
      quorum: 1,
      items: [
        {
          id: 'business-metrics-baseline',
          text: "Report the pilot's results on the agreed business metrics against the baseline of the current process, not only on model accuracy.",
          guidance:
            'Expect the success criteria from the pilot plan, the baseline, the measured result and the period measured. A metric chosen after the pilot needs explaining.',
          evidenceRequired: true,
          refs: { nistAiRmf: ['MAP 1.4', 'MANAGE 1.1'] },
        },
        {
          id: 'failure-taxonomy',
          text: 'Classify the errors seen in the pilot by type, frequency and cost to the business or to the people affected, and confirm the remaining error rate is acceptable.',
          guidance:
            'A table of failure types with examples, counts and impact is good evidence; rare but severe failures need their own line.',
          evidenceRequired: false,
          refs: { nistAiRmf: ['MAP 3.2', 'MEASURE 2.5'] },
        },
        {
          id: 'unit-economics',
          text: 'Show the unit economics at target volume: cost per transaction including model, infrastructure and human review, against the value per transaction and the current cost.',
          guidance:
            'Use the load test figures, not list prices, and show the volume at which the system stops paying for itself.',
          evidenceRequired: true,
          refs: { nistAiRmf: ['MAP 3.1', 'MANAGE 2.1'] },
        },
        {
          id: 'stakeholder-sign-off',
          text: 'Confirm the sponsor and the owners of the processes and systems it changes agree to go live, and who owns the system in production.',
          guidance:
            'Named owners for the system, its budget and its outcomes should be recorded; an unowned system is not ready.',
          evidenceRequired: false,
          refs: { nistAiRmf: ['GOVERN 2.1', 'GOVERN 2.3'], iso42001: ['A.3.2'] },
        },
        {
          id: 'affected-staff-engaged',
          text: 'Involve the people whose work changes: explain what changes for them, act on their pilot feedback, and plan training and support for the switch.',
          guidance:
            'Look for the change plan and a summary of feedback from pilot users and how it was addressed.',
          evidenceRequired: false,
          refs: { euAiAct: ['Art. 4'], nistAiRmf: ['MAP 5.2', 'MAP 3.4'] },
        },
        {
          id: 'inform-workers',
          text: "Before a high-risk system is used at work, inform workers' representatives and the affected workers that they will be subject to it.",
          guidance:
            'Attach the notice and the date it was given; follow any national consultation rules as well.',
          evidenceRequired: true,
          refs: { euAiAct: ['Art. 26(7)'] },
          tiers: ['high-risk'],
        },
      ],
    },
  ],
};

const retire: TemplateInput = {
  id: 'retire',
  version: 1,
  name: 'Retire',
  description:
    'Takes a pilot or production system out of service in a controlled way, with its data handled lawfully and its records kept.',
  fromStages: ['pilot', 'production'],
  toStage: 'retired',
  allowOneSignerForSeveralFunctions: false,
  functions: [
    {
      function: 'operations',
      quorum: 1,
      items: [
        {
          id: 'decommission-plan',
          text: 'Write the decommissioning plan: the switch-off date, what replaces the system, the dependencies that must change first, and who confirms it is done.',
          guidance:
            'The plan should show that nothing downstream silently stops working and that users have a process to fall back on.',
          evidenceRequired: true,
          refs: { nistAiRmf: ['GOVERN 1.7', 'MANAGE 2.4'] },
        },
        {
          id: 'notify-users',
          text: 'Tell users, affected teams and, where relevant, customers when the system will stop, what replaces it and where to go with questions.',
          guidance: 'Attach the notice and when it went out; give notice early enough to adapt.',
          evidenceRequired: false,
          refs: { nistAiRmf: ['GOVERN 1.7'], iso42001: ['A.8.2'] },
        },
        {
          id: 'revoke-access',
          text: 'Revoke service accounts, API keys and user access, and shut down endpoints, scheduled jobs and integrations so nothing calls the system afterwards.',
          guidance: 'Confirm from logs that traffic has stopped after the switch-off date.',
          evidenceRequired: false,
          refs: { nistAiRmf: ['MANAGE 2.4'] },
        },
        {
          id: 'remove-infrastructure',
          text: 'Remove or archive the models, prompts, pipelines and infrastructure, and confirm the related costs and vendor subscriptions have stopped.',
          guidance: 'A final bill or cost report showing zero spend is good evidence.',
          evidenceRequired: false,
          refs: { nistAiRmf: ['GOVERN 1.7'] },
        },
        {
          id: 'lessons-learned',
          text: 'Record what the initiative delivered against its business case and what the next initiative should learn from it.',
          guidance: 'A short retrospective is enough, including why the system is being retired.',
          evidenceRequired: false,
          refs: {},
        },
      ],
    },
    {
      function: 'legal',
      quorum: 1,
      items: [
        {
          id: 'data-retention-deletion',
          text: 'Decide for each data set (inputs, outputs, logs, training and fine-tuning data) whether to keep it, for how long and on what basis, and delete the rest.',
          guidance:
            'Expect a retention and deletion record per data set with the deletion confirmed, not just scheduled.',
          evidenceRequired: true,
          refs: { nistAiRmf: ['GOVERN 1.7', 'MEASURE 2.10'] },
        },
        {
          id: 'vendor-termination',
          text: 'End or amend vendor contracts and obtain written confirmation that the vendor has deleted or returned our data, including fine-tunes and logs.',
          guidance: 'Attach the termination notice and the vendor’s deletion confirmation.',
          evidenceRequired: true,
          refs: { nistAiRmf: ['GOVERN 6.1'], iso42001: ['A.10.3'] },
        },
        {
          id: 'contractual-notice',
          text: 'Check customer and partner contracts for notice periods, service commitments or regulatory filings that the retirement affects.',
          guidance: 'List the contracts reviewed and any notices sent.',
          evidenceRequired: false,
          refs: { nistAiRmf: ['GOVERN 1.1'] },
        },
        {
          id: 'legal-holds',
          text: 'Confirm no litigation hold, investigation or open complaint requires data or records to be kept beyond their normal retention.',
          guidance: 'Where a hold exists, name the data kept and who releases it.',
          evidenceRequired: false,
          refs: { nistAiRmf: ['GOVERN 1.1'] },
        },
      ],
    },
    {
      function: 'compliance',
      quorum: 1,
      items: [
        {
          id: 'archive-records',
          text: 'Archive the gate records, sign-offs, evidence, model card and risk register in a form that can be produced to an auditor later.',
          guidance: 'A verified compliance pack exported at retirement is good evidence.',
          evidenceRequired: true,
          refs: { iso42001: ['A.6.2.7'] },
        },
        {
          id: 'update-inventory',
          text: 'Mark the system as retired in the AI inventory and close or transfer its open risks, conditions and controls.',
          guidance: 'Nothing should remain open against a retired system without a new owner.',
          evidenceRequired: false,
          refs: { nistAiRmf: ['GOVERN 1.6'] },
        },
        {
          id: 'residual-obligations',
          text: 'Identify obligations that outlive the system, such as answering requests, complaints or audits about decisions it made, and name their owner.',
          guidance: 'The owner needs access to the archived records to meet these obligations.',
          evidenceRequired: false,
          refs: { nistAiRmf: ['GOVERN 1.7'] },
        },
        {
          id: 'retain-documentation',
          text: 'As provider, keep the technical documentation, QMS records and declaration of conformity for ten years after placing on the market, and keep logs for the required period.',
          guidance: 'Record where the documents are held, who can retrieve them and until when.',
          evidenceRequired: false,
          refs: { euAiAct: ['Art. 18', 'Art. 19', 'Art. 26(6)'] },
          tiers: ['high-risk'],
        },
        {
          id: 'withdrawal-notifications',
          text: 'Update the EU database entry, and where the system is withdrawn because of a non-conformity or risk, inform deployers, distributors and the authorities.',
          guidance:
            'A withdrawal for ordinary business reasons needs only the database update; record which case applies.',
          evidenceRequired: false,
          refs: { euAiAct: ['Art. 20', 'Art. 49', 'Art. 71'] },
          tiers: ['high-risk'],
        },
      ],
    },
  ],
};

/** The templates a new workspace starts with, proven valid when this module loads. */
export const DEFAULT_GATE_TEMPLATES: readonly GateTemplate[] = Object.freeze(
  [enterPilot, goLive, retire].map((template) => gateTemplateSchema.parse(template)),
);

/** A default template by its identifier. */
export function defaultTemplate(id: string): GateTemplate | undefined {
  return DEFAULT_GATE_TEMPLATES.find((template) => template.id === id);
}
