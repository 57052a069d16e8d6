/**
 * A large ClientFit time export, made on the spot for tests and benchmarks: `rows` entries
 * (150,000 by default: about 15 MB) over 20 clients and 60 projects, with notes of a
 * realistic length. Deterministic: the same call gives the same bytes.
 */
import { EMPTY_DATASET, type Client, type Dataset, type Project, type TimeEntry } from '#shared/model';
import { addDays } from '#shared/dates';
import { toTimeCsv } from '#shared/csv';

const NOTES = [
  'Bocetos de logotipo y revisión de la paleta con el equipo',
  'Reunión de arranque, briefing y calendario de entregas',
  'Maquetación de la guía de marca, páginas de tipografía',
  'Ajustes de la segunda ronda tras los comentarios del cliente',
  'Preparación de artes finales para imprenta y envío',
];

/** The dataset behind the large export. */
export function bigDataset(rows = 150_000): Dataset {
  const clients: Client[] = Array.from({ length: 20 }, (_, i) => ({ id: `c${i}`, name: `Cliente ${i + 1}`, source: 'web', status: 'active', star: false, createdAt: '2015-01-01' }));
  const projects: Project[] = Array.from({ length: 60 }, (_, i) => ({
    id: `p${i}`,
    clientId: `c${i % 20}`,
    title: `Proyecto ${i + 1}`,
    kind: 'branding',
    pricing: { mode: 'hourly', rate: 6000 },
    status: 'in-progress',
    createdAt: '2015-01-01',
    invoices: [],
  }));
  const timeEntries: TimeEntry[] = [];
  const days: string[] = [];
  for (let i = 0; i < rows; i++) {
    const day = Math.floor(i / 40);
    days[day] ??= addDays('2015-01-05', day);
    timeEntries.push({
      id: `e${i}`,
      projectId: `p${(i * 7) % 60}`,
      // About 40 entries a day, from 2015 on.
      date: days[day]!,
      minutes: 15 + ((i * 37) % 465),
      billable: i % 5 !== 0,
      note: `${NOTES[i % NOTES.length]} (${i})`,
    });
  }
  return { ...EMPTY_DATASET, clients, projects, timeEntries };
}

/** The large export's text, as "Export CSV" writes it (with the BOM). */
export function bigTimeCsv(rows = 150_000): string {
  return `\uFEFF${toTimeCsv(bigDataset(rows))}`;
}
