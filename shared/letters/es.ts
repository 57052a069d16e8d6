/**
 * Spanish letter phrases, in both registers: `usted` (formal) and `tu` (informal).
 * Wording avoids gendered adjectives for the writer and the reader, since neither is known.
 */
import type { LetterTable } from './en';

export const es = {
  greeting: (name) => `Hola, ${name}:`,
  quote: (title) => `«${title}»`,
  subject: {
    decline: {
      usted: (p) => (p ? `Sobre ${p}` : 'Sobre su proyecto'),
      tu: (p) => (p ? `Sobre ${p}` : 'Sobre tu proyecto'),
    },
    'counter-offer': {
      usted: (p) => (p ? `Una propuesta para ${p}` : 'Una propuesta para su proyecto'),
      tu: (p) => (p ? `Una propuesta para ${p}` : 'Una propuesta para tu proyecto'),
    },
    farewell: () => 'Un cambio en el enfoque del estudio',
    'check-in': {
      usted: (p) => (p ? `¿Cómo va ${p}?` : '¿Cómo va su proyecto?'),
      tu: (p) => (p ? `¿Cómo va ${p}?` : '¿Cómo va tu proyecto?'),
    },
    'follow-up': (p) => (p ? `¿Qué tal va todo con ${p}?` : '¿Qué tal va todo?'),
  },
  signOff: {
    decline: { usted: 'Un cordial saludo,', tu: 'Un abrazo,' },
    'counter-offer': { usted: 'Un cordial saludo,', tu: 'Un abrazo,' },
    farewell: { usted: 'Con mis mejores deseos,', tu: 'Un abrazo,' },
    'check-in': { usted: 'Un cordial saludo,', tu: 'Un abrazo,' },
    'follow-up': { usted: 'Un cordial saludo,', tu: 'Un abrazo,' },
  },
  decline: {
    thanks: {
      usted: (p) => `Gracias por pensar en mí para ${p ?? 'su proyecto'} y por el tiempo que ha dedicado a contármelo.`,
      tu: (p) => `Gracias por pensar en mí para ${p ?? 'tu proyecto'} y por el tiempo que has dedicado a contármelo.`,
    },
    reason: {
      capacity: {
        usted:
          'He revisado mi agenda con calma y no voy a asumir este proyecto: ahora mismo no puedo dedicarle el tiempo que merece, y prefiero decírselo con claridad antes que hacerlo a medias.',
        tu: 'He revisado mi agenda con calma y no voy a asumir este proyecto: ahora mismo no puedo dedicarle el tiempo que merece, y prefiero decírtelo con claridad antes que hacerlo a medias.',
      },
      budget: {
        usted:
          'Lo he pensado con calma y no voy a asumirlo: con el presupuesto disponible no puedo hacerlo como merece, y prefiero no ofrecerle una versión recortada de mi trabajo.',
        tu: 'Lo he pensado con calma y no voy a asumirlo: con el presupuesto disponible no puedo hacerlo como merece, y prefiero no ofrecerte una versión recortada de mi trabajo.',
      },
      specialty:
        'Lo he leído con atención y no voy a asumirlo: este tipo de trabajo queda fuera de mi especialidad, y merece a alguien que se dedique a ello cada día.',
      fit: {
        usted:
          'Lo he pensado con calma y creo que no soy el estudio adecuado para este proyecto. Conseguirá un mejor resultado con alguien cuya forma de trabajar encaje más con lo que busca.',
        tu: 'Lo he pensado con calma y creo que no soy el estudio adecuado para este proyecto. Conseguirás un mejor resultado con alguien cuya forma de trabajar encaje más con lo que buscas.',
      },
    },
    closing: {
      usted: 'Gracias de nuevo por su confianza; le deseo mucho éxito con el proyecto.',
      tu: 'Gracias de nuevo por tu confianza; te deseo mucho éxito con el proyecto.',
    },
  },
  counterOffer: {
    thanks: {
      usted: (p) =>
        `Gracias por pensar en mí para ${p ?? 'su proyecto'}. Lo he revisado con calma y me gustaría que saliera adelante.`,
      tu: (p) =>
        `Gracias por pensar en mí para ${p ?? 'tu proyecto'}. Lo he revisado con calma y me gustaría que saliera adelante.`,
    },
    price: (price, hours) =>
      `Para hacerlo como merece, mis honorarios serían de ${price}${hours ? `, que corresponden a ${hours} de trabajo` : ''}.`,
    noPrice: {
      usted:
        'Para hacerlo como merece, los honorarios tienen que reflejar el tiempo que de verdad requiere, y con gusto le envío un presupuesto detallado.',
      tu: 'Para hacerlo como merece, los honorarios tienen que reflejar el tiempo que de verdad requiere, y con gusto te envío un presupuesto detallado.',
    },
    options: {
      usted: (deadline) =>
        `Si ahora mismo no encaja en su presupuesto, hay otras dos formas de hacerlo posible: ${
          deadline ? `un plazo posterior al ${deadline}` : 'un plazo más holgado'
        }, para poder planificar bien el trabajo, o un alcance más acotado que conserve lo esencial.`,
      tu: (deadline) =>
        `Si ahora mismo no encaja en tu presupuesto, hay otras dos formas de hacerlo posible: ${
          deadline ? `un plazo posterior al ${deadline}` : 'un plazo más holgado'
        }, para poder planificar bien el trabajo, o un alcance más acotado que conserve lo esencial.`,
    },
    ask: {
      usted: 'Dígame qué opción le encaja mejor y ajusto la propuesta.',
      tu: 'Dime qué opción te encaja mejor y ajusto la propuesta.',
    },
    closing: {
      usted: 'Quedo a la espera de su respuesta.',
      tu: 'Quedo a la espera de tu respuesta.',
    },
  },
  farewell: {
    thanks: {
      usted: 'Gracias por su confianza y por todo el trabajo que hemos hecho en este tiempo; para mí ha significado mucho.',
      tu: 'Gracias por tu confianza y por todo el trabajo que hemos hecho en este tiempo; para mí ha significado mucho.',
    },
    decision: {
      usted:
        'Le escribo para contarle que estoy centrando el estudio en un tipo de trabajo más concreto, y eso significa que ya no puedo dar a sus proyectos la atención que merecen. Por eso, a partir de ahora, no voy a asumir nuevos encargos.',
      tu: 'Te escribo para contarte que estoy centrando el estudio en un tipo de trabajo más concreto, y eso significa que ya no puedo dar a tus proyectos la atención que merecen. Por eso, a partir de ahora, no voy a asumir nuevos encargos.',
    },
    handover: {
      usted:
        'Quiero que el relevo le resulte sencillo: le enviaré todos los archivos finales y de trabajo, y resolveré con gusto las dudas de quien continúe con sus proyectos.',
      tu: 'Quiero que el relevo te resulte sencillo: te enviaré todos los archivos finales y de trabajo, y resolveré con gusto las dudas de quien continúe con tus proyectos.',
    },
    closing: {
      usted: 'Ha sido un placer trabajar con usted. Le deseo lo mejor en lo que viene.',
      tu: 'Ha sido un placer trabajar contigo. Te deseo lo mejor en lo que viene.',
    },
  },
  checkIn: {
    ask: {
      usted: (p) =>
        `Gracias de nuevo por pensar en mí para ${p ?? 'su proyecto'}. Quería saber cómo lo tiene: ¿en qué punto está ahora por su parte?`,
      tu: (p) =>
        `Gracias de nuevo por pensar en mí para ${p ?? 'tu proyecto'}. Quería saber cómo lo tienes: ¿en qué punto está ahora por tu parte?`,
    },
    noPressure: {
      usted:
        'Sin prisa y sin compromiso: si los tiempos han cambiado o ha decidido tomar otro camino, no pasa nada. Saberlo simplemente me ayuda a organizar mi agenda.',
      tu: 'Sin prisa y sin compromiso: si los tiempos han cambiado o has decidido tomar otro camino, no pasa nada. Saberlo simplemente me ayuda a organizar mi agenda.',
    },
  },
  followUp: {
    ask: {
      usted: (p) =>
        `Ha pasado un tiempo desde que cerramos ${p ?? 'nuestro último proyecto'} y quería preguntarle: ¿qué tal está funcionando? Gracias de nuevo por confiarme el trabajo.`,
      tu: (p) =>
        `Ha pasado un tiempo desde que cerramos ${p ?? 'nuestro último proyecto'} y quería preguntarte: ¿qué tal está funcionando? Gracias de nuevo por confiarme el trabajo.`,
    },
    help: {
      usted: 'Si algo necesita un ajuste o surge una pieza nueva, aquí estoy para echarle una mano.',
      tu: 'Si algo necesita un ajuste o surge una pieza nueva, aquí estoy para echarte una mano.',
    },
    referrals: {
      usted:
        'Y si conoce a alguien a quien le venga bien un trabajo así, me encantará hablar con esa persona: buena parte de mi trabajo llega por recomendaciones como la suya.',
      tu: 'Y si conoces a alguien a quien le venga bien un trabajo así, me encantará hablar con esa persona: buena parte de mi trabajo llega por recomendaciones como la tuya.',
    },
  },
  referral: {
    lead: {
      decline: { usted: 'Si le sirve,', tu: 'Si te sirve,' },
      farewell: { usted: 'Para sus próximos proyectos,', tu: 'Para tus próximos proyectos,' },
      counterOffer: { usted: 'Y si nada de esto le encaja,', tu: 'Y si nada de esto te encaja,' },
    },
    one: {
      usted: (c) => `le recomiendo a ${c}: confío en su trabajo y puede decirle que va de mi parte.`,
      tu: (c) => `te recomiendo a ${c}: confío en su trabajo y puedes decirle que vas de mi parte.`,
    },
    two: {
      usted: (a, b) => `le recomiendo a ${a} o a ${b}: confío en su trabajo y puede decirles que va de mi parte.`,
      tu: (a, b) => `te recomiendo a ${a} o a ${b}: confío en su trabajo y puedes decirles que vas de mi parte.`,
    },
    specialist: {
      usted: (s) => `mi consejo es que busque ${s}: es el perfil que mejor encaja con este tipo de trabajo.`,
      tu: (s) => `mi consejo es que busques ${s}: es el perfil que mejor encaja con este tipo de trabajo.`,
    },
  },
  hours: (count, formatted) => (count === 1 ? 'alrededor de una hora' : `unas ${formatted} horas`),
  specialists: {
    branding: 'un estudio de identidad de marca',
    web: 'un estudio de desarrollo web',
    illustration: 'un profesional de la ilustración',
    packaging: 'un estudio de diseño de packaging',
    editorial: 'un estudio de diseño editorial',
    motion: 'un estudio de motion graphics',
    photography: 'un profesional de la fotografía',
    ux: 'un estudio de diseño UX',
    copywriting: 'un profesional de la redacción publicitaria',
    signage: 'un estudio de señalética',
    'social-media': 'un profesional de la gestión de redes sociales',
  },
  specialistFallback: (kind) => `un especialista en ${kind}`,
} satisfies LetterTable;
