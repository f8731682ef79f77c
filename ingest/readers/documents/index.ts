export { readDocuments, DOCUMENT_EXTENSIONS } from './read-documents.ts';
export { extractAnswers, splitHtml, splitMarkdown, splitText, markdownInline, type QuestionText, type SplitDocument, type DocumentFormat } from './extract-answers.ts';
export { parseOfferDocument, formatOf, type ParsedDocument } from './parse-document.ts';
