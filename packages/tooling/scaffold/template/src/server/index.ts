import { defineServer } from '@participe/core/server';
import { __camel__Type } from '../manifest.js';
import { __camel__ExportColumns } from './export.js';
import { __camel__Results } from './results.js';

/** The collector facet of __title__: its results in SQL and its export column; no tables or routes of its own. */
export const __camel__Server = defineServer({
  manifest: __camel__Type,
  results: __camel__Results,
  exportColumns: __camel__ExportColumns,
  // A type that keeps its own tables lists their SQL migrations here (`{ tag: '0000_…', when, sql }`),
  // and its own HTTP routes below (docs/widget-guide.md, "Server facet").
  forgetParticipant: null,
  // Free-text answers analysts code on their own (`{ id: 'answers.q3', label }`); null: whole contributions only.
  codableTexts: null,
  anonymiseOwn: null,
  migrations: [],
  routes: [],
});
