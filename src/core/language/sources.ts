import type { LanguageSource } from './types.ts';

// Every source here is listed in shared/SOURCES.md section 3 (language guidance). URLs are the ones given there; where
// SOURCES.md gives none, there is none. The full table of the Children's Society guide was NOT FOUND (SOURCES.md 3):
// entries cited to `childrens_society_2018` apply that guide's principle (describe what was done to the child, not
// the child's choices) to wording the retrieved fragments do not list; the lexicon comments say which ones.
export const LANGUAGE_SOURCES = {
  childrens_society_2018: {
    title:
      'The Children’s Society, Victim Support and NPCC (2018), Appropriate language: child sexual and/or criminal exploitation, guidance for professionals',
    url: 'https://www.caph.org.uk/web/child_sexual_andor_criminal_exploitation_-_appropriate_language_guidance_for_professionals',
  },
  childrens_society_2022: {
    title: 'The Children’s Society, Child exploitation language guide (2022 revision: child financial exploitation, drugs carried internally)',
    url: 'https://www.childrenssociety.org.uk/information/professionals/resources/child-exploitation-language-guide',
  },
  taskforce_2024: {
    title: 'CSE Taskforce, The Children’s Society and NAPAC (2024), Child exploitation and abuse: an appropriate language guide',
    url: 'https://www.toexprogramme.co.uk/latest-news/latest-news/appropriate-language-guide',
  },
  hmicfrs_2023: {
    title: 'HMICFRS (2023): all chief constables should take effective steps to eradicate victim-blaming language in their forces',
  },
  docsbay_alternatives: {
    title: 'Suggested alternatives for describing behaviour around CSE concerns',
    url: 'https://docsbay.net/suggested-alternatives-for-describing-behaviour-around-cse-concerns',
  },
  language_matters: {
    title: '“Language Matters” guide on child exploitation language (hosted at fayllar.org)',
    url: 'http://fayllar.org/kate-sewel.html?page=7',
  },
  yjlc: {
    title: 'Youth Justice Legal Centre (YJLC), summary of the Children’s Society language guide on child criminal exploitation',
    url: 'https://yjlc.uk/resources/legal-updates/child-criminal-exploitation-power-language',
  },
  complex_safeguarding_wales: {
    title: 'Complex Safeguarding Wales (Cardiff University), Language use',
    url: 'https://cardiff.ac.uk/complex-safeguarding-wales/information-for-practitioners/language-use',
  },
  nspcc: { title: 'NSPCC, Why language matters (blog series)' },
  durham_scp: {
    title: 'Durham Safeguarding Children Partnership, Why language matters in harm outside the home',
    url: 'https://durham-scp.org.uk/practitioners/harm-outside-the-home/why-language-matters-in-harm-outside-the-home',
  },
  kent_medway: {
    title: 'Kent & Medway CSE Risk Assessment Toolkit, version 6 (2017)',
    url: 'https://docsbay.net/the-purpose-of-the-assessment-tool-is-to-enable-professionals-to-assess-a-young-person',
  },
  ons_terminology: {
    title: 'careappointments.com article on ONS statistics: “child prostitution” removed from legislation and ONS statistics',
  },
  derby_scr_2010: {
    title: 'Derby Safeguarding Children Board (2010), serious case review (Operation Retriever): girls dealt with as “rebellious adolescents”, as reported',
    url: 'https://www.theguardian.com/society/2010/nov/25/care-agencies-missed-chances-abuse-victims',
  },
  cara_prior_art: {
    title: 'CARA, writing to the child: anti-oppressive language bank (public prior art, repository not identified)',
  },
} as const satisfies Record<string, LanguageSource>;

export type LanguageSourceKey = keyof typeof LANGUAGE_SOURCES;
