/**
 * Chart.js for the staff window's figures: only the parts the charts use are
 * registered (bars and lines on category and linear axes), colours come from the
 * KERN design tokens of the page, animations are off (no motion, and a chart is
 * final when it appears).
 */
import {
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  Legend,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  Tooltip,
  type ChartConfiguration,
} from 'chart.js';

Chart.register(BarController, BarElement, CategoryScale, LinearScale, LineController, LineElement, PointElement, Legend, Tooltip);

/** The colour of KERN token `name` (e.g. `--kern-color-action-default`) on this page. */
export function token(name: string): string {
  return getComputedStyle(document.documentElement).getPropertyValue(name).trim() || '#000';
}

/** Colours of the series, in order: action blue, success green, danger red, warning. */
export function seriesColours(): string[] {
  return [
    '--kern-color-action-default',
    '--kern-color-feedback-success',
    '--kern-color-feedback-danger',
    '--kern-color-feedback-warning',
  ].map(token);
}

/**
 * A Svelte attachment that draws `config` on a canvas and draws it again when the
 * config changes; the chart is destroyed with the canvas.
 */
export function chart(config: ChartConfiguration) {
  return (canvas: HTMLCanvasElement) => {
    const drawn = new Chart(canvas, {
      ...config,
      options: { animation: false, responsive: true, maintainAspectRatio: false, ...config.options },
    });
    return () => drawn.destroy();
  };
}
