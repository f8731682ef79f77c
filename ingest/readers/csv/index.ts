export { readCsv, decodeSpreadsheet } from './read-csv.ts';
