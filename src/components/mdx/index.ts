// The components a report's MDX may use, by the names it uses them with.
import Figure from './Figure.astro';
import UnitLink from './UnitLink.astro';
import DocRef from './DocRef.astro';
import FundingRef from './FundingRef.astro';
import DateText from './DateText.astro';
import Chart from './ReportChart.astro';
import SiteLink from './SiteLink.astro';

export const reportComponents = { Figure, UnitLink, DocRef, FundingRef, DateText, Chart, SiteLink };
