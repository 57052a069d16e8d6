/**
 * The words `readInquiry` looks for, in Spanish and English: kinds of project, warning
 * signs, closings and job titles. One table per fact, so a missed phrase is fixed here.
 */

/** Lower case without accents, same length as the input for the text mail clients produce. */
export function fold(s: string): string {
  const out = s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
  // A character that does not come back to one letter would shift every index after it.
  return out.length === s.length ? out : s.toLowerCase();
}

/** Project kinds the app knows, each with the words (already folded) that name it. */
export const KIND_WORDS: readonly { kind: string; words: RegExp }[] = [
  { kind: 'motion', words: /\b(animad[oa]s?|animacion(es)?|animated|animation|motion( graphics)?)\b/ },
  {
    kind: 'branding',
    words:
      /\b(logos?|logotipos?|isotipos?|identidad(es)?( corporativa| visual)?|imagen corporativa|manual(es)? de (marca|identidad)|brand ?(guidelines|book|identity)|visual identity|rebranding|rebrand|branding|brand|naming)\b/,
  },
  { kind: 'packaging', words: /\b(packaging|etiquetas?|envases?|cajas?|embalajes?|labels?|packs?|latas?)\b/ },
  { kind: 'illustration', words: /\b(ilustracion(es)?|ilustrad[oa]s?|ilustrador(a|es)?|illustrations?|illustrated|illustrator|dibujos?|murales?|mural|hand-drawn)\b/ },
  { kind: 'web', words: /\b(webs?|pagina web|sitio web|websites?|landing( page)?|tienda online|online (shop|store)|e-?commerce)\b/ },
  { kind: 'editorial', words: /\b(editorial|maquetar|maquetacion|catalogos?|catalogues?|catalogs?|revistas?|portadas?|cubiertas?|book covers?|layouts?|workbooks?|magazines?)\b/ },
  { kind: 'social-media', words: /\b(redes sociales|redes|social media|instagram posts?|publicaciones de instagram|posts de instagram)\b/ },
  { kind: 'photography', words: /\b(fotografia|sesion de fotos|photo ?shoot|photography)\b/ },
  { kind: 'ux', words: /\b(ux|ui|app|apps|aplicacion movil|user experience|interfaz|interface)\b/ },
  { kind: 'signage', words: /\b(senaletica|rotulos?|rotulacion|signage|signs?|wayfinding)\b/ },
];

/** Words that ask for work: a kind named after one of them is what they want. */
export const REQUEST_WORDS =
  /\b(necesit\w*|busc\w*|quer\w*|querria\w*|gustaria|encarg\w*|hacer|disenar|need\w*|looking for|seeking|want\w*|would like|would love|'d like|'d love|after|design)\b/;

/** The warning signs and promises, each with the phrases that show it. */
export const SIGNAL_WORDS: readonly { kind: 'asked-discount' | 'threatened-competitor' | 'late-information' | 'promised-to-buy'; words: RegExp }[] = [
  {
    kind: 'threatened-competitor',
    words:
      /\b(otr[oa]s? (estudio|agencia|disenador|disenadora|ilustrador|ilustradora|freelance|proveedor|profesional)\w*\b.{0,40}\b(ofrece|hace|cobra|pasado|dado|pide|propone|presupuest)\w*|por menos|(another|other) (agency|studio|designer|illustrator|freelancer|provider)s?\b.{0,30}\b(quot|offer|charg|does|will do|do it)\w*|quote from another|(agency|studio|designer|illustrator|freelancer)s? (will|would|can|could) do (it|this|the job) for|beat that|cheaper elsewhere)/,
  },
  {
    kind: 'asked-discount',
    words:
      /\b(descuentos?|rebaja|precio especial|precio de lanzamiento|precio (de )?amig[oa]|presupuesto (es |muy |bastante |un poco )*ajustado|no tenemos mucho presupuesto|poco presupuesto|discount\w*|friend price|special price|mates rates|budget is tight|tight budget|money is tight|best price)\b/,
  },
  {
    kind: 'late-information',
    words:
      /\b(para ayer|urgente\w*|urgencia|cuanto antes|lo antes posible|asap|urgent\w*|as soon as possible|short notice|last minute|sin brief|no (tenemos|hay) (un )?brief|(aun|todavia) no (\w+ ){0,2}(tenemos|sabemos|esta)|no tenemos (muy )?claro|sobre la marcha|(don't|do not|dont) have a brief|no brief|figuring (things|it) out)\b/,
  },
  {
    kind: 'promised-to-buy',
    words:
      /\b(vendran mas (proyectos|trabajos|encargos)|mas proyectos|mas trabajo|te los dariamos|si (esto sale bien|quedamos contentos|nos gusta)|a lot more work|more work|more projects|future projects|long-term (work|relationship|partner)|repeat work|there will be more)\b/,
  },
];

/** Phrases that say there is no hurry: "urgent" near them is not a rush. */
export const NO_RUSH = /\b(no rush|no hurry|sin prisa|no (hay|tenemos) prisa|no es urgente|not urgent)\b/;

/** Where they found you, when they say so. */
export const SOURCE_WORDS: readonly { source: 'social' | 'event' | 'web'; words: RegExp }[] = [
  {
    source: 'social',
    words:
      /\b(te (vi|vimos|encontre|encontramos|descubri|descubrimos|conoci|sigo|seguimos) (en|por) (instagram|linkedin|behance|dribbble|pinterest|facebook|tiktok|twitter|redes)|(saw|found|discovered|came across|follow) (you|your \w+) on (instagram|linkedin|behance|dribbble|pinterest|facebook|tiktok|twitter))\b/,
  },
  {
    source: 'event',
    words:
      /\b(te (vi|vimos|conoci|conocimos|escuche|escuchamos) en (la|el) (feria|evento|charla|congreso|jornada|conferencia|taller|festival)|(saw|met|heard) (you|your \w+)( speak)? (at|during) (the )?[\w\s]{0,40}(conference|fair|event|talk|meetup|festival|workshop))/,
  },
  {
    source: 'web',
    words: /\b(from google|on google|found you online|found your (website|site|portfolio)|(en|por) google|encontre tu (web|pagina|portfolio)|vi tu (web|pagina|portfolio))\b/,
  },
];

/** Free-mail domains: the address says nothing about a company. */
export const FREE_MAIL = new Set([
  'gmail.com', 'googlemail.com', 'hotmail.com', 'hotmail.es', 'outlook.com', 'outlook.es', 'live.com', 'msn.com', 'yahoo.com',
  'yahoo.es', 'icloud.com', 'me.com', 'mac.com', 'aol.com', 'proton.me', 'protonmail.com', 'gmx.com', 'gmx.es', 'mail.com',
  'zoho.com', 'yandex.com', 'telefonica.net', 'movistar.es',
]);

/** A line that closes a letter: what follows is the signature. */
export const CLOSING =
  /^(un |muy )?(cordial(es)? )?(saludos?|saludo)( cordiales| afectuosos)?|^reciba un (cordial )?saludo|^atentamente|^(un )?(fuerte )?abrazo(s)?|^besos|^un beso(te)?|^un besito|^(muchas )?gracias( de antemano| por adelantado)?( guap[oa])?|^quedo a la espera.*|^best( regards| wishes)?|^(kind|warm|warmest|many) (regards|thanks)|^regards|^warmly|^cheers|^thanks?( you)?( so much| again| in advance)?|^with thanks|^love|^x{2,}|^all the best|^(yours )?sincerely|^yours( truly)?|^talk soon/;

/** Words of a job title in a signature line (folded). */
export const JOB_TITLE =
  /\b(gerente|director|directora|responsable|departamento|dpto|jefe|jefa|coordinador|coordinadora|fundador|fundadora|cofundador|cofundadora|socio|socia|ceo|cto|cmo|coo|founder|co-founder|cofounder|manager|head|lead|officer|owner|president|presidente|presidenta|marketing|comunicacion|compras|designer|disenador|disenadora|assistant|asistente|secretari\w*|administra\w*|partner|editor|tecnico|tecnica|comercial)\b/;

/** Words only a company's name carries (folded). */
export const COMPANY_WORD =
  /(\bs\.?l\.?u?\b|\bs\.?a\.?$|\bltd\b|\binc\b|\bllc\b|\bgmbh\b|\baps\b|\bco\.|\bco$|&|\b(estudio|studio|hotels?|fundacion|foundation|hospital|editorial|cooperativa|grupo|group|bodegas?|cafeteria|trust|company|agencia|agency|restaurante|distillery|conservas|fotografia|learning|supply|solicitors|hardware|joyas|botanica)\b)/;

/** Second given names that make a compound first name ("Rosa María", "José Luis"). */
export const COMPOUND_SECOND = new Set([
  'maria', 'jose', 'luis', 'carmen', 'isabel', 'antonio', 'manuel', 'carlos', 'angel', 'pablo', 'belen', 'jesus', 'teresa',
  'elena', 'eugenia', 'dolores', 'pilar', 'mar', 'luisa', 'ignacio', 'javier', 'ramon', 'francisco', 'miguel', 'jorge', 'alberto',
]);
export const COMPOUND_FIRST = new Set(['maria', 'jose', 'juan', 'ana', 'rosa', 'luis', 'miguel', 'mari', 'juana', 'francisco', 'pedro', 'jesus']);
