/** The risk matrix, appetite, review cadence and acceptance role (built out by the risk register issue). */
export function RiskSettingsSection() {
  return null;
}
