/** The program manager's overview of the portfolio (built out by the dashboard issue). */
export function DashboardScreen() {
  return (
    <section aria-labelledby="dashboard-heading" className="screen">
      <h1 id="dashboard-heading">Dashboard</h1>
    </section>
  );
}
