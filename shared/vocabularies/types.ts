import type { Bilingual } from '../result';

/** A license offered in the form. */
export interface License {
  id: string;
  label: Bilingual;
  /** The license's IRI; empty for "other". */
  url: string;
  /** True when it meets the open definition (free use, citation at most). */
  open: boolean;
  attribution: boolean;
}

/** One of the portal's update periodicities. */
export interface Periodicity {
  /** The portal's value: an ISO 8601 repeating interval or a word. */
  value: string;
  label: Bilingual;
  /** The EU frequency vocabulary IRI that DCAT-AP uses. */
  frequency: string;
  /** Longest expected gap between updates in days; null when none is promised. */
  days: number | null;
  /** The value sent to the portal when it lacks this one. */
  portalValue?: string;
}

/** A DCAT-AP data theme (EU data-theme vocabulary). */
export interface DataTheme {
  code: string;
  label: Bilingual;
}

/** A portal category ("tema") and the DCAT-AP themes it maps to. */
export interface Category {
  id: string;
  label: Bilingual;
  themes: string[];
}

/** A file format with its EU file-type IRI and IANA media type. */
export interface FileType {
  /** Extension in lower case. */
  format: string;
  fileType: string;
  mediaType: string;
  label: string;
  /** Open (non-proprietary) format. */
  open: boolean;
  machineReadable: boolean;
  /** Openness stars as the portal rated them. */
  stars: number;
}

/** A language with its EU language IRI. */
export interface Language {
  code: string;
  iri: string;
  label: Bilingual;
}

/** A term of the controlled keyword vocabulary. */
export interface KeywordTerm {
  term: string;
  synonyms: string[];
  themes: string[];
}
