/** Every risk across initiatives (built out by the risk register issue). */
export function PortfolioRisksScreen() {
  return (
    <section aria-labelledby="portfolio-risks-heading" className="screen">
      <h1 id="portfolio-risks-heading">Risks</h1>
    </section>
  );
}
