import { describe, expect, it } from 'vitest';
import { parseTimeCsv } from '#shared/csv';

/*
 * Clockify's timesheet import template: the columns its help page "Import data into Clockify" lists
 * (Email, Start date, Start time and Duration required; Project, Client, Task, Description, Billable,
 * Tags optional), with English names whatever the account's language, and a plain "Duration".
 */
const TEMPLATE = [
  'Email,Project,Client,Task,Description,Billable,Start Date,Start Time,Duration,Tags',
  'lucia@estudioferrer.es,Identidad visual,Panadería La Espiga,Diseño,Bocetos de logotipo,Yes,03/04/2024,9:00 AM,2:30,',
  'lucia@estudioferrer.es,Identidad visual,Panadería La Espiga,Diseño,Llamada,No,03/05/2024,2:00 PM,0:45,',
].join('\n');

describe("which tracker a file is named after", () => {
  it("names Clockify's import template Clockify, and reads its rows", () => {
    const r = parseTimeCsv(TEMPLATE);
    expect(r.format).toBe('clockify');
    expect(r.language).toBe('en');
    expect(r.errors).toEqual([]);
    expect(r.rows.map((row) => [row.client, row.project, row.note, row.minutes, row.billable])).toEqual([
      ['Panadería La Espiga', 'Identidad visual', 'Bocetos de logotipo', 150, true],
      ['Panadería La Espiga', 'Identidad visual', 'Llamada', 45, false],
    ]);
  });

  it('names the template Clockify in any column order, and the help page’s older example too', () => {
    const reordered = 'Start Date,Start Time,Duration,Email,Project,Description\n2024-03-04,09:00,1:00,a@example.com,Web,Wireframes';
    expect(parseTimeCsv(reordered).format).toBe('clockify');
    const older = 'Project,Client,Description,Task,Email,Tags,Billable,Start Date,Start Time,Duration (h)\nPTO,Sol-Tech,Time off,Vacation,a@example.com,,No,08/31/2019,9:00 AM,8:00';
    expect(parseTimeCsv(older).format).toBe('clockify');
  });

  it("still names Toggl's exports Toggl Track: they name the person (User in the classic report, Member in the newer one)", () => {
    const classic =
      'User,Email,Client,Project,Task,Description,Billable,Start date,Start time,End date,End time,Duration,Tags\nAna,a@example.com,Acme,Web,,Wireframes,Yes,2024-03-04,09:00:00,2024-03-04,10:00:00,01:00:00,';
    expect(parseTimeCsv(classic).format).toBe('toggl');
    const newer =
      'Description,Duration,Member,Email,Project,Tags,Start date,Stop date,Start time,Stop time\nWork,1:00:00,Ana,a@example.com,Web,-,2024-03-04,2024-03-04,09:00:00,10:00:00';
    expect(parseTimeCsv(newer).format).toBe('toggl');
  });
});
