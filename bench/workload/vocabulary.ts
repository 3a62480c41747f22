/**
 * Word lists for the reference workload. The sizes of the generated fields
 * follow the bundled sample workspace: titles of 25–70 characters, summaries
 * of 150–400, purposes of 100–400, three to six tags, reasons of 80–200.
 */

export const FIRST_NAMES = [
  'Ada',
  'Adebayo',
  'Aisha',
  'Alejandro',
  'Amara',
  'Anders',
  'Anika',
  'Ari',
  'Beatriz',
  'Bilal',
  'Camille',
  'Chen',
  'Chiara',
  'Dara',
  'Dmitri',
  'Elena',
  'Emeka',
  'Farah',
  'Fatima',
  'Finn',
  'Gabriel',
  'Grace',
  'Hana',
  'Hamid',
  'Helen',
  'Ines',
  'Ivan',
  'Jamal',
  'Jin',
  'Joanna',
  'Kai',
  'Kenji',
  'Lars',
  'Leila',
  'Lucia',
  'Mabel',
  'Marek',
  'Maya',
  'Mei',
  'Nadia',
  'Nikhil',
  'Noor',
  'Olga',
  'Omar',
  'Paolo',
  'Priya',
  'Rafael',
  'Rosa',
  'Sanjay',
  'Sofia',
  'Tariq',
  'Thandiwe',
  'Tomas',
  'Uma',
  'Valentina',
  'Wei',
  'Yara',
  'Yusuf',
  'Zara',
  'Zoltan',
] as const;

export const LAST_NAMES = [
  'Abiodun',
  'Andersson',
  'Bakker',
  'Banerjee',
  'Becker',
  'Castillo',
  'Chowdhury',
  'Costa',
  'Dubois',
  'Eriksen',
  'Fernandes',
  'Fischer',
  'Garcia',
  'Haddad',
  'Hansen',
  'Horvath',
  'Ibrahim',
  'Ito',
  'Jansen',
  'Kamau',
  'Kowalski',
  'Kumar',
  'Larsen',
  'Lindqvist',
  'Marsh',
  'Mendes',
  'Moreau',
  'Nakamura',
  'Novak',
  'Nowak',
  'Okafor',
  'Olsen',
  'Osei',
  'Petrov',
  'Quinn',
  'Raman',
  'Rossi',
  'Santos',
  'Schmidt',
  'Silva',
  'Singh',
  'Sokolov',
  'Tanaka',
  'Torres',
  'Van Dijk',
  'Vargas',
  'Wagner',
  'Webb',
  'Yamamoto',
  'Zhang',
] as const;

export const JOB_TITLES = [
  'AI Programme Manager',
  'Head of AI Governance',
  'Senior Counsel, Technology and Commercial',
  'Compliance Manager, Conduct Risk',
  'Lead Security Architect',
  'Head of Service Operations',
  'Data Protection Officer',
  'Internal Auditor, Technology',
  'Product Owner, Digital Channels',
  'Model Risk Manager',
  'Enterprise Architect',
  'Data Governance Lead',
  'Head of Claims Transformation',
  'Privacy Counsel',
  'Operational Resilience Manager',
] as const;

export const BUSINESS_UNITS = [
  'Claims',
  'Underwriting',
  'Customer Service',
  'Finance Shared Services',
  'Group Legal',
  'Human Resources',
  'Procurement',
  'Marketing',
  'Sales Operations',
  'IT Operations',
  'Cyber Security',
  'Fraud and Financial Crime',
  'Actuarial',
  'Treasury',
  'Supply Chain',
  'Facilities',
  'Corporate Strategy',
  'Investor Relations',
  'Product Development',
  'Retail Banking',
  'Commercial Lending',
  'Wealth Management',
  'Health Services',
  'Field Engineering',
  'Research and Development',
] as const;

export const TITLE_SUBJECTS = [
  'claims',
  'invoice',
  'contract',
  'customer email',
  'call transcript',
  'policy document',
  'supplier',
  'expense report',
  'loan application',
  'medical record',
  'job application',
  'service ticket',
  'sensor telemetry',
  'transaction',
  'product catalogue',
  'knowledge base',
  'regulatory filing',
  'maintenance log',
  'marketing copy',
  'chat conversation',
] as const;

export const TITLE_TASKS = [
  'triage',
  'summarisation',
  'classification',
  'extraction',
  'anomaly detection',
  'routing',
  'risk scoring',
  'drafting assistant',
  'search assistant',
  'translation',
  'forecasting',
  'quality review',
  'deduplication',
  'redaction',
  'next-best-action',
  'sentiment analysis',
] as const;

export const TITLE_QUALIFIERS = [
  'with human review',
  'for front-line staff',
  'pilot',
  'at scale',
  'in the contact centre',
  'for auditors',
  'on the data platform',
  'for regional teams',
  'with retrieval',
  'from scanned documents',
] as const;

export const SUMMARY_OPENERS = [
  'Uses a fine-tuned language model to',
  'Applies a gradient-boosted model to',
  'Combines business rules and a classifier to',
  'Uses computer vision to',
  'Uses speech-to-text and a summariser to',
  'Uses retrieval-augmented generation to',
  'Uses an anomaly detector to',
  'Uses a forecasting model to',
] as const;

export const SUMMARY_ACTIONS = [
  'prioritise incoming work so that urgent cases reach a specialist within the hour',
  'draft first responses that an agent reviews, edits and sends',
  'extract key fields and flag documents that need a second look',
  'score each case for likely fraud and route the riskiest to investigators',
  'summarise long documents into a one-page brief with citations',
  'predict demand a quarter ahead and propose staffing levels',
  'spot duplicates and near-duplicates before they are paid twice',
  'answer staff questions from the approved knowledge base only',
  'redact personal data before documents leave the business unit',
  'suggest the next best action for each open case',
] as const;

export const SUMMARY_FOLLOW_UPS = [
  'A human makes every final decision; the model only proposes.',
  'The proof of concept ran on six months of historical data with promising accuracy.',
  'The business case depends on reducing handling time by a fifth.',
  'Data leaves the tenant only through an approved vendor with a signed DPA.',
  'Performance is monitored weekly against a hold-out set and a drift alarm.',
  'Affected customers are told when automation was involved and can ask for a person.',
  'The vendor model is pinned to a version and changes go through change control.',
  'Integration with the core system is read-only until the pilot completes.',
  'Operations will own the service once it reaches production.',
  'The pilot covers two regions before a wider rollout is considered.',
] as const;

export const PURPOSE_SENTENCES = [
  'Reduce the time skilled staff spend on routine reading so they can focus on complex cases.',
  'Give customers faster, more consistent answers without removing the option of a person.',
  'Catch errors and fraud earlier, before money leaves the business.',
  'Make the knowledge of a few experts available to every team member.',
  'Meet the regulator’s expectation of timely, documented decisions.',
  'Lower the unit cost of processing while keeping quality at least as high as today.',
  'Support, not replace, the professional judgement of the people who sign off each case.',
  'Free capacity in a team that is struggling to recruit.',
] as const;

export const SPONSOR_TITLES = [
  'Chief Operating Officer',
  'Chief Financial Officer',
  'Chief Customer Officer',
  'Claims Director',
  'General Counsel',
  'Chief Risk Officer',
  'Chief Information Officer',
  'Head of Underwriting',
  'HR Director',
  'Chief Data Officer',
] as const;

export const TAGS = [
  'llm',
  'rag',
  'ocr',
  'vision',
  'speech',
  'nlp',
  'forecasting',
  'fraud',
  'claims',
  'triage',
  'customer-service',
  'finance',
  'legal',
  'hr',
  'procurement',
  'marketing',
  'sales',
  'health',
  'patient-data',
  'personal-data',
  'high-risk',
  'limited-risk',
  'minimal-risk',
  'vendor',
  'in-house',
  'open-source',
  'azure',
  'aws',
  'gcp',
  'on-premises',
  'erp',
  'crm',
  'contact-centre',
  'document-review',
  'accounts-payable',
  'underwriting',
  'pricing',
  'kyc',
  'aml',
  'cyber',
  'maintenance',
  'iot',
  'supply-chain',
  'translation',
  'summarisation',
  'classification',
  'extraction',
  'chatbot',
  'copilot',
  'agent',
  'stalled',
  'pilot',
  'production',
  'eu-ai-act',
  'gdpr',
  'dora',
  'nist-rmf',
  'iso-42001',
  'quick-win',
  'strategic',
] as const;

export const RISK_SUBJECTS = [
  'Training data',
  'Model output',
  'Vendor API',
  'Prompt injection',
  'Customer data',
  'Drift in input data',
  'Integration with the core system',
  'Explanations to customers',
  'Cost at production volume',
  'Retraining pipeline',
  'Access control',
  'Third-party model licence',
] as const;

export const RISK_PROBLEMS = [
  'may be unrepresentative of some customer groups',
  'could disclose personal data in generated text',
  'may become unavailable during peak periods',
  'could let users override the system instructions',
  'may be retained by the vendor beyond the agreed period',
  'could degrade accuracy without anyone noticing',
  'could write incorrect values back to the ledger',
  'may not meet the transparency obligations',
  'could exceed the approved budget',
  'has no owner after the pilot team disbands',
] as const;

export const RISK_DETAILS = [
  'The evaluation set was drawn from a single quarter and one region.',
  'Red-team testing found two prompts that bypass the output filter.',
  'The contract does not yet include an exit plan or data return clause.',
  'Monitoring covers latency and errors but not the quality of answers.',
  'A manual fallback exists but has not been rehearsed with the team.',
  'Costs were estimated at proof-of-concept volume, a hundredth of production.',
  'Complaints data suggests some groups receive less accurate results.',
  'The model version can change without notice under the current terms.',
] as const;

export const STAGE_REASONS = [
  'Gate review completed; all required functions approved with conditions recorded.',
  'Proof of concept met its success criteria on the agreed evaluation set.',
  'Pilot results reviewed with the business owner; rollout approved by the steering group.',
  'Paused pending a data protection impact assessment requested by the DPO.',
  'Retired after the vendor withdrew the model version we had validated.',
  'Moved back a stage: the evaluation showed a gap for one customer segment.',
  'Business case refreshed with production volumes; sponsor confirmed funding.',
  'Security review found a logging gap; remediation is tracked as a condition.',
  'Stage corrected to match the portfolio review held this month.',
  'Operations accepted ownership; on-call rota and runbook are in place.',
] as const;

/** Model or product, and its provider. */
export const MODELS: readonly (readonly [string, string])[] = [
  ['GPT-4o', 'OpenAI via Azure'],
  ['Claude 3.5 Sonnet', 'Anthropic'],
  ['Gemini 1.5 Pro', 'Google Cloud'],
  ['Llama 3.1 70B', 'Self-hosted'],
  ['Mistral Large', 'Mistral AI'],
  ['XGBoost classifier', 'In-house data science'],
  ['Gradient-boosted trees', 'In-house data science'],
  ['ResNet-50 fine-tune', 'In-house data science'],
  ['Whisper large-v3', 'Self-hosted'],
  ['Document Intelligence', 'Microsoft Azure'],
  ['Textract', 'Amazon Web Services'],
  ['Fraud Detector', 'Amazon Web Services'],
];

export const MODEL_VERSIONS = [
  '2024-08-06',
  '2024-10-22',
  '1.2.0',
  '3.1',
  'v4',
  '2025-01',
  '0.9-beta',
] as const;

export const PEOPLE_AFFECTED = [
  'Retail customers whose claims are triaged; about 40,000 a month.',
  'Contact-centre agents who receive drafted replies, and the customers they answer.',
  'Job applicants for front-line roles in three countries.',
  'Suppliers whose invoices are checked before payment.',
  'Patients whose records are summarised for clinicians; no automated decisions.',
  'Internal staff only; no customer is affected directly.',
  'Loan applicants in the small-business segment.',
  'Field engineers who receive predicted maintenance work orders.',
] as const;

export const INTEGRATION_SYSTEMS = [
  'ERP',
  'CRM',
  'Ticketing',
  'Document management',
  'Claims platform',
  'Data warehouse',
  'Identity provider',
  'Core banking',
  'HR system',
  'Email gateway',
] as const;

export const READINESS_NOTES = [
  'Production sources audited; lineage documented in the data catalogue.',
  'Sample data only so far; the real feed arrives next quarter.',
  'API gateway and rollback rehearsed with the platform team.',
  'Legal and compliance agree; security review is booked.',
  'Business metrics defined with a failure taxonomy; evaluation set refreshed monthly.',
  'Load test at 10× pilot volume passed; unit cost within the business case.',
  'Drift alarm and weekly retraining agreed; operations on-call from go-live.',
  'Blocked: waiting for the vendor’s data processing agreement.',
  'Owner changed after the reorganisation; notes carried over.',
  '',
] as const;

/** Why a program manager opened a gate review (often left empty). */
export const GATE_NOTES = [
  'Pilot cohort and success criteria agreed with the business owner; please review by the end of the month.',
  'Evidence pack is in the project share; the vendor contract summary is attached to the legal items.',
  'Go-live is planned for the next release window. Operations has seen the runbook draft.',
  'Re-opened after the last review asked for changes; the changes are listed in the summary.',
  'Scope unchanged since the proof of concept; only the data volumes grow.',
  '',
] as const;

/** A reviewer's comment on an approval. */
export const SIGNOFF_COMMENTS = [
  'Reviewed against the evidence pack; no open points from our side.',
  'Checked the vendor terms and the data flows; consistent with what was presented.',
  'Fine for the agreed scope. Any extension to new user groups needs a fresh review.',
  'Approved on the basis of the test report and the monitoring set-up demonstrated to us.',
  'Good documentation. Please keep the risk register current as the pilot runs.',
] as const;

/** A reviewer's comment on an approval with conditions. */
export const CONDITIONAL_COMMENTS = [
  'Approved provided the condition below is closed before the stage change.',
  'One gap remains; it is small enough to track as a condition rather than hold the gate.',
  'Acceptable with the condition below; the owner has agreed the date.',
] as const;

/** A remark on a checklist item answered "met" (most have none). */
export const ANSWER_REMARKS = [
  'Confirmed in the review meeting.',
  'Checked the latest version of the document.',
  'Covered by the group-wide policy; no project-specific deviation.',
  'Verified with the platform team.',
] as const;

/** Why a checklist item does not apply. */
export const NOT_APPLICABLE_NOTES = [
  'No personal data reaches this part of the system.',
  'Internal users only; covered by the staff notice.',
  'The vendor hosts nothing: the model runs on our own infrastructure.',
  'Not relevant for a read-only integration.',
] as const;

/** A note on the item an approval with conditions leaves open. */
export const NOT_MET_NOTES = [
  'Draft exists but is not yet signed off by its owner.',
  'Partly done; the remaining part is the condition.',
  'Scheduled, not yet carried out.',
] as const;

/** The condition attached to an approval. */
export const CONDITION_TEXTS = [
  'Complete the data protection impact assessment and file it with the DPO.',
  'Add the pilot users to the monitoring dashboard and confirm alerts reach on-call.',
  'Obtain the countersigned data processing agreement from the vendor.',
  'Run the adversarial test plan and attach the report to the evidence.',
  'Publish the user notice explaining that responses are generated by an AI system.',
  'Document the rollback procedure in the runbook and rehearse it once.',
  'Restrict production credentials to the service account and rotate the shared key.',
] as const;

/** How the owner of a condition closed it. */
export const CONDITION_CLOSING_NOTES = [
  'Done; the document is in the evidence folder.',
  'Completed and checked with the reviewer who set the condition.',
  'Closed: the vendor returned the signed agreement.',
  'Rehearsed with operations; the runbook is updated.',
  '',
] as const;

/** Where evidence is kept, for checklist items that require it. */
export const EVIDENCE_PLACES = [
  'Governance SharePoint › Gate reviews',
  'Project share › 04 Evidence',
  'Confluence › AI Governance › Initiative pages',
  'Contract management system',
  'Security wiki › Assessments',
] as const;

/** The reason recorded when a passed gate carries an initiative to its stage. */
export const GATE_PASSAGE_REASONS = [
  'Gate review passed: every required function approved and every condition is closed.',
  'Entering the stage on the strength of the passed gate review; rollout plan as approved.',
  'Steering group confirmed the date after the gate review passed.',
] as const;
