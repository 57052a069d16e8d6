/**
 * Spanish letter phrases, in both registers: `usted` (formal) and `tu` (informal).
 * Wording avoids gendered adjectives for the writer and the reader, since neither is known,
 * and speaks to one person (no "os"/"vosotros"), so it reads right in Spain and in America.
 */
import type { LetterTable } from './en';

export const es = {
  greeting: {
    named: { tu: (name) => `Hola, ${name}:`, usted: (name) => `Buenos días, ${name}:` },
    unnamed: { tu: 'Hola:', usted: 'Buenos días:' },
  },
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
    warm: ['Un abrazo,', 'Un abrazo fuerte,', 'Abrazos,'],
    neutral: ['Un saludo,', 'Saludos cordiales,', 'Un saludo cordial,'],
    formal: ['Un cordial saludo,', 'Atentamente,', 'Reciba un cordial saludo,'],
  },
  decline: {
    thanks: {
      tu: [
        (p) => `Muchísimas gracias por contar conmigo para ${p ?? 'tu proyecto'} y por tomarte el tiempo de contármelo con tanto detalle.`,
        (p) => `Gracias por pensar en mí para ${p ?? 'tu proyecto'}; me ha gustado mucho conocer lo que tienes entre manos.`,
        (p) => `Te agradezco mucho que me hayas escrito sobre ${p ?? 'tu proyecto'} y el tiempo que has dedicado a explicármelo.`,
      ],
      usted: [
        (p) => `Muchísimas gracias por contar conmigo para ${p ?? 'su proyecto'} y por tomarse el tiempo de contármelo con tanto detalle.`,
        (p) => `Gracias por pensar en mí para ${p ?? 'su proyecto'}; me ha gustado mucho conocer lo que tiene entre manos.`,
        (p) => `Le agradezco mucho que me haya escrito sobre ${p ?? 'su proyecto'} y el tiempo que ha dedicado a explicármelo.`,
      ],
    },
    reason: {
      capacity: {
        tu: [
          'He revisado mi agenda con calma y en este momento no puedo dedicarle el tiempo que se merece, así que prefiero decírtelo con claridad desde ahora.',
          'Ahora mismo tengo la agenda llena y no podría darle a tu proyecto la atención que necesita, de modo que esta vez no voy a asumirlo.',
          'Las próximas semanas ya están comprometidas con otros encargos, y un proyecto como este merece más tiempo del que hoy puedo ofrecerle.',
        ],
        usted: [
          'He revisado mi agenda con calma y en este momento no puedo dedicarle el tiempo que se merece, así que prefiero decírselo con claridad desde ahora.',
          'Ahora mismo tengo la agenda llena y no podría darle a su proyecto la atención que necesita, de modo que esta vez no voy a asumirlo.',
          'Las próximas semanas ya están comprometidas con otros encargos, y un proyecto como este merece más tiempo del que hoy puedo ofrecerle.',
        ],
      },
      budget: {
        tu: [
          'Lo he pensado con calma y, con el presupuesto disponible, no podría hacerlo como se merece; prefiero no ofrecerte una versión recortada de mi trabajo.',
          'He hecho números con cuidado y el presupuesto que manejas no cubre el tiempo que este proyecto necesita para salir bien.',
          'Después de estudiarlo, veo que con este presupuesto tendría que quedarme a medio camino, y eso no sería justo para tu proyecto.',
        ],
        usted: [
          'Lo he pensado con calma y, con el presupuesto disponible, no podría hacerlo como se merece; prefiero no ofrecerle una versión recortada de mi trabajo.',
          'He hecho números con cuidado y el presupuesto que maneja no cubre el tiempo que este proyecto necesita para salir bien.',
          'Después de estudiarlo, veo que con este presupuesto tendría que quedarme a medio camino, y eso no sería justo para su proyecto.',
        ],
      },
      specialty: [
        'Lo he leído con atención y este tipo de trabajo queda fuera de mi especialidad; estará en mejores manos con alguien que se dedique a ello a diario.',
        'Es un encargo que queda lejos de lo que hago cada día, y para que salga bien conviene que lo lleve alguien especializado.',
        'Mi trabajo se centra en otro tipo de proyectos, y este pide una experiencia concreta que otros profesionales tienen más trabajada que yo.',
      ],
      fit: {
        tu: [
          'Lo he pensado con calma y creo que no soy el estudio adecuado para este proyecto: conseguirás un mejor resultado con alguien cuya forma de trabajar se acerque más a lo que buscas.',
          'Después de darle vueltas, creo que mi manera de trabajar no es la que mejor responde a lo que necesitas, y prefiero decírtelo ahora.',
          'Creo sinceramente que otro estudio sabrá responder mejor a lo que buscas; mi forma de trabajar va por otro camino.',
        ],
        usted: [
          'Lo he pensado con calma y creo que no soy el estudio adecuado para este proyecto: conseguirá un mejor resultado con alguien cuya forma de trabajar se acerque más a lo que busca.',
          'Después de darle vueltas, creo que mi manera de trabajar no es la que mejor responde a lo que necesita, y prefiero decírselo ahora.',
          'Creo sinceramente que otro estudio sabrá responder mejor a lo que busca; mi forma de trabajar va por otro camino.',
        ],
      },
    },
    closing: {
      tu: [
        'Gracias de nuevo por tu confianza; te deseo mucho éxito con el proyecto.',
        'Te deseo que salga estupendamente, y ojalá coincidamos en otra ocasión.',
        'Te deseo mucha suerte con el proyecto y que todo salga como esperas.',
      ],
      usted: [
        'Gracias de nuevo por su confianza; le deseo mucho éxito con el proyecto.',
        'Le deseo que salga estupendamente, y ojalá coincidamos en otra ocasión.',
        'Le deseo mucha suerte con el proyecto y que todo salga como espera.',
      ],
    },
  },
  counterOffer: {
    thanks: {
      tu: [
        (p) => `Gracias por pensar en mí para ${p ?? 'tu proyecto'}. Lo he revisado con calma y me gustaría que saliera adelante.`,
        (p) => `Muchas gracias por contar conmigo para ${p ?? 'tu proyecto'}; me apetece mucho este trabajo y he estado pensando cómo hacerlo posible.`,
        (p) => `Gracias por escribirme sobre ${p ?? 'tu proyecto'}. Le he dado unas vueltas y creo que podemos sacarlo adelante.`,
      ],
      usted: [
        (p) => `Gracias por pensar en mí para ${p ?? 'su proyecto'}. Lo he revisado con calma y me gustaría que saliera adelante.`,
        (p) => `Muchas gracias por contar conmigo para ${p ?? 'su proyecto'}; me apetece mucho este trabajo y he estado pensando cómo hacerlo posible.`,
        (p) => `Gracias por escribirme sobre ${p ?? 'su proyecto'}. Le he dado unas vueltas y creo que podemos sacarlo adelante.`,
      ],
    },
    price: [
      (price, hours) => `Para hacerlo como se merece, mis honorarios serían de ${price}${hours ? `, que corresponden a ${hours} de trabajo` : ''}.`,
      (price, hours) => `Mi presupuesto para hacerlo bien es de ${price}${hours ? `, calculado sobre ${hours} de trabajo` : ''}.`,
      (price, hours) => `Para que el resultado esté a la altura, el trabajo tendría un coste de ${price}${hours ? ` (${hours} de trabajo)` : ''}.`,
    ],
    noPrice: {
      tu: [
        'Para hacerlo como se merece, los honorarios tienen que reflejar el tiempo que de verdad requiere, y con gusto te envío un presupuesto detallado.',
        'Antes de darte una cifra, me gustaría concretar contigo el alcance, para que el presupuesto refleje el tiempo real que necesita.',
        'Te preparo con gusto un presupuesto detallado que recoja el tiempo que este trabajo requiere de verdad.',
      ],
      usted: [
        'Para hacerlo como se merece, los honorarios tienen que reflejar el tiempo que de verdad requiere, y con gusto le envío un presupuesto detallado.',
        'Antes de darle una cifra, me gustaría concretar con usted el alcance, para que el presupuesto refleje el tiempo real que necesita.',
        'Le preparo con gusto un presupuesto detallado que recoja el tiempo que este trabajo requiere de verdad.',
      ],
    },
    budget: {
      tu: [
        'Si es más de lo que tenías previsto, podemos acotar el alcance a lo esencial o repartir el trabajo en fases, cada una con su propio presupuesto.',
        'Si ahora mismo se sale de tu presupuesto, hay dos formas de ajustarlo: centrarnos en las piezas imprescindibles o hacerlo por fases, empezando por lo más urgente.',
        'Si prefieres una inversión menor, podemos empezar por una primera fase con lo esencial y dejar el resto para más adelante.',
      ],
      usted: [
        'Si es más de lo que tenía previsto, podemos acotar el alcance a lo esencial o repartir el trabajo en fases, cada una con su propio presupuesto.',
        'Si ahora mismo se sale de su presupuesto, hay dos formas de ajustarlo: centrarnos en las piezas imprescindibles o hacerlo por fases, empezando por lo más urgente.',
        'Si prefiere una inversión menor, podemos empezar por una primera fase con lo esencial y dejar el resto para más adelante.',
      ],
    },
    time: {
      tu: [
        (d) => `Con mi agenda actual, para hacerlo bien necesitaría ${d ? `una fecha de entrega posterior al ${d}` : 'un plazo algo más amplio'}, de forma que pueda planificar el trabajo con calma.`,
        (d) => `Lo que sí necesitaría es algo más de margen: ${d ? `entregarlo después del ${d}` : 'un plazo más holgado'} me permitiría dedicarle el tiempo que pide.`,
        (d) => `Para darle la atención que se merece, te propondría ${d ? `mover la entrega más allá del ${d}` : 'ampliar un poco el plazo'}.`,
      ],
      usted: [
        (d) => `Con mi agenda actual, para hacerlo bien necesitaría ${d ? `una fecha de entrega posterior al ${d}` : 'un plazo algo más amplio'}, de forma que pueda planificar el trabajo con calma.`,
        (d) => `Lo que sí necesitaría es algo más de margen: ${d ? `entregarlo después del ${d}` : 'un plazo más holgado'} me permitiría dedicarle el tiempo que pide.`,
        (d) => `Para darle la atención que se merece, le propondría ${d ? `mover la entrega más allá del ${d}` : 'ampliar un poco el plazo'}.`,
      ],
    },
    both: {
      tu: [
        (d) =>
          `Si es más de lo que tenías previsto, podemos acotar el alcance a lo esencial o repartir el trabajo en fases; y, con mi agenda actual, necesitaría ${d ? `una fecha de entrega posterior al ${d}` : 'un plazo algo más amplio'}.`,
        (d) =>
          `Para ajustarnos a tu presupuesto y a mi agenda, te propongo dos cambios: centrarnos en las piezas imprescindibles o hacerlo por fases, y ${d ? `entregarlo después del ${d}` : 'contar con un plazo más holgado'}.`,
        (d) =>
          `Podemos empezar por una primera fase con lo esencial, que reduce la inversión, y ${d ? `mover la entrega más allá del ${d}` : 'ampliar un poco el plazo'} para poder dedicarle el tiempo que pide.`,
      ],
      usted: [
        (d) =>
          `Si es más de lo que tenía previsto, podemos acotar el alcance a lo esencial o repartir el trabajo en fases; y, con mi agenda actual, necesitaría ${d ? `una fecha de entrega posterior al ${d}` : 'un plazo algo más amplio'}.`,
        (d) =>
          `Para ajustarnos a su presupuesto y a mi agenda, le propongo dos cambios: centrarnos en las piezas imprescindibles o hacerlo por fases, y ${d ? `entregarlo después del ${d}` : 'contar con un plazo más holgado'}.`,
        (d) =>
          `Podemos empezar por una primera fase con lo esencial, que reduce la inversión, y ${d ? `mover la entrega más allá del ${d}` : 'ampliar un poco el plazo'} para poder dedicarle el tiempo que pide.`,
      ],
    },
    ask: {
      tu: ['Dime qué te parece y ajusto la propuesta.', 'Cuéntame cómo lo ves y te preparo la propuesta definitiva.', 'Si te parece bien, lo concretamos en una llamada corta.'],
      usted: ['Dígame qué le parece y ajusto la propuesta.', 'Cuénteme cómo lo ve y le preparo la propuesta definitiva.', 'Si le parece bien, lo concretamos en una llamada breve.'],
    },
    closing: {
      tu: ['Quedo a la espera de tu respuesta.', 'Espero tus noticias.', 'Hablamos cuando lo hayas pensado.'],
      usted: ['Quedo a la espera de su respuesta.', 'Espero sus noticias.', 'Hablamos cuando lo haya valorado.'],
    },
  },
  farewell: {
    thanks: {
      tu: [
        'Gracias por tu confianza y por todo el trabajo que hemos hecho en este tiempo; para mí ha significado mucho.',
        'Antes que nada, gracias por la confianza y por todo lo que hemos construido en este tiempo.',
        'Quiero empezar dándote las gracias: trabajar en tus proyectos me ha enseñado mucho.',
      ],
      usted: [
        'Gracias por su confianza y por todo el trabajo que hemos hecho en este tiempo; para mí ha significado mucho.',
        'Antes que nada, gracias por la confianza y por todo lo que hemos construido en este tiempo.',
        'Quiero empezar dándole las gracias: trabajar en sus proyectos me ha enseñado mucho.',
      ],
    },
    decision: {
      tu: [
        'Te escribo para contarte que estoy centrando el estudio en un tipo de trabajo más concreto, y eso significa que ya no puedo dar a tus proyectos la atención que merecen. Por eso, a partir de ahora, no voy a asumir nuevos encargos.',
        'Estoy reorganizando el estudio para dedicarme a un tipo de proyecto más concreto, y no quiero que tus encargos reciban menos atención de la que merecen. Por eso he decidido no asumir nuevos trabajos contigo.',
        'He decidido enfocar el estudio en un campo más acotado, lo que significa que a partir de ahora no voy a aceptar nuevos encargos como los tuyos.',
      ],
      usted: [
        'Le escribo para contarle que estoy centrando el estudio en un tipo de trabajo más concreto, y eso significa que ya no puedo dar a sus proyectos la atención que merecen. Por eso, a partir de ahora, no voy a asumir nuevos encargos.',
        'Estoy reorganizando el estudio para dedicarme a un tipo de proyecto más concreto, y no quiero que sus encargos reciban menos atención de la que merecen. Por eso he decidido no asumir nuevos trabajos con usted.',
        'He decidido enfocar el estudio en un campo más acotado, lo que significa que a partir de ahora no voy a aceptar nuevos encargos como los suyos.',
      ],
    },
    handover: {
      tu: [
        'Quiero que el relevo te resulte sencillo: te enviaré todos los archivos finales y de trabajo, y resolveré con gusto las dudas de quien continúe con tus proyectos.',
        'Me ocupo de que el cambio sea fácil: tendrás todos los archivos, originales incluidos, y estaré disponible para explicar lo que haga falta a quien tome el relevo.',
        'Lo que esté en marcha lo terminaré como acordamos, y después te haré llegar todos los archivos de trabajo para que quien siga lo tenga todo a mano.',
      ],
      usted: [
        'Quiero que el relevo le resulte sencillo: le enviaré todos los archivos finales y de trabajo, y resolveré con gusto las dudas de quien continúe con sus proyectos.',
        'Me ocupo de que el cambio sea fácil: tendrá todos los archivos, originales incluidos, y estaré disponible para explicar lo que haga falta a quien tome el relevo.',
        'Lo que esté en marcha lo terminaré como acordamos, y después le haré llegar todos los archivos de trabajo para que quien siga lo tenga todo a mano.',
      ],
    },
    closing: {
      tu: [
        'Ha sido un placer trabajar contigo. Te deseo lo mejor en lo que viene.',
        'Gracias otra vez por todo; te deseo muchos éxitos.',
        'Ha sido un gusto compartir este camino contigo; mucha suerte en lo que venga.',
      ],
      usted: [
        'Ha sido un placer trabajar con usted. Le deseo lo mejor en lo que viene.',
        'Gracias otra vez por todo; le deseo muchos éxitos.',
        'Ha sido un gusto trabajar con usted todo este tiempo; le deseo mucha suerte en lo que venga.',
      ],
    },
  },
  checkIn: {
    ask: {
      tu: [
        (p) => `Gracias de nuevo por pensar en mí para ${p ?? 'tu proyecto'}. Quería saber cómo lo tienes: ¿en qué punto está ahora por tu parte?`,
        (p) => `Te escribo para saber cómo va ${p ?? 'tu proyecto'}: ¿sigue en pie o han cambiado los planes?`,
        (p) => `Hace un tiempo hablamos de ${p ?? 'tu proyecto'} y me preguntaba en qué punto lo tienes ahora.`,
      ],
      usted: [
        (p) => `Gracias de nuevo por pensar en mí para ${p ?? 'su proyecto'}. Quería saber cómo lo tiene: ¿en qué punto está ahora por su parte?`,
        (p) => `Le escribo para saber cómo va ${p ?? 'su proyecto'}: ¿sigue en pie o han cambiado los planes?`,
        (p) => `Hace un tiempo hablamos de ${p ?? 'su proyecto'} y me preguntaba en qué punto lo tiene ahora.`,
      ],
    },
    noPressure: {
      tu: [
        'Sin prisa y sin compromiso: si los tiempos han cambiado o has decidido tomar otro camino, no pasa nada. Saberlo simplemente me ayuda a organizar mi agenda.',
        'No hay ninguna prisa; si te has decidido por otra opción, también me sirve saberlo para organizarme.',
        'Si ahora no es el momento, lo entiendo perfectamente; cuéntamelo y lo retomamos cuando te venga bien.',
      ],
      usted: [
        'Sin prisa y sin compromiso: si los tiempos han cambiado o ha decidido tomar otro camino, no pasa nada. Saberlo simplemente me ayuda a organizar mi agenda.',
        'No hay ninguna prisa; si se ha decidido por otra opción, también me sirve saberlo para organizarme.',
        'Si ahora no es el momento, lo entiendo perfectamente; cuéntemelo y lo retomamos cuando le venga bien.',
      ],
    },
  },
  reconnect: {
    subject: (p) => (p ? `¿Qué tal todo desde ${p}?` : '¿Qué tal todo?'),
    ask: {
      tu: [
        (p) => `Ha pasado bastante tiempo desde que colaboramos en ${p ?? 'tu proyecto'} y quería saber qué tal va todo por tu lado. ¿Sigue dándote buenos resultados?`,
        (p) => `El otro día volví a ver ${p ?? 'el trabajo que hicimos'} y me acordé de ti: ¿cómo te ha ido desde entonces?`,
        (p) => `No hablamos desde ${p ?? 'nuestro último proyecto'}, así que quería saludarte y saber cómo va todo.`,
      ],
      usted: [
        (p) => `Ha pasado bastante tiempo desde que colaboramos en ${p ?? 'su proyecto'} y quería saber qué tal va todo por su lado. ¿Sigue dándole buenos resultados?`,
        (p) => `El otro día volví a ver ${p ?? 'el trabajo que hicimos'} y me acordé de usted: ¿cómo le ha ido desde entonces?`,
        (p) => `No hablamos desde ${p ?? 'nuestro último proyecto'}, así que quería saludarle y saber cómo va todo.`,
      ],
    },
    offer: {
      tu: [
        'Si tienes algo nuevo en mente, una renovación, un lanzamiento, una pieza nueva, me encantará ayudarte como la otra vez. Y si no, simplemente me alegra saludarte.',
        'No hace falta nada en concreto: si surge un proyecto, ya sabes dónde encontrarme.',
        'Cuando llegue un trabajo nuevo, cuenta conmigo; mientras tanto, espero que todo siga yendo bien.',
      ],
      usted: [
        'Si tiene algo nuevo en mente, una renovación, un lanzamiento, una pieza nueva, me encantará ayudarle como la otra vez. Y si no, simplemente me alegra saludarle.',
        'No hace falta nada en concreto: si surge un proyecto, ya sabe dónde encontrarme.',
        'Cuando llegue un trabajo nuevo, cuente conmigo; mientras tanto, espero que todo siga yendo bien.',
      ],
    },
  },
  followUp: {
    ask: {
      tu: [
        (p) =>
          `Ha pasado un tiempo desde que cerramos ${p ?? 'nuestro último proyecto'} y quería preguntarte: ¿qué tal está funcionando? Gracias de nuevo por confiarme el trabajo.`,
        (p) => `Me acordaba estos días de ${p ?? 'nuestro último proyecto'}: ¿cómo está funcionando ahora que lleva un tiempo en marcha?`,
        (p) => `Quería saber qué tal va ${p ?? 'todo'} desde la entrega y si está dando los resultados que esperabas.`,
      ],
      usted: [
        (p) =>
          `Ha pasado un tiempo desde que cerramos ${p ?? 'nuestro último proyecto'} y quería preguntarle: ¿qué tal está funcionando? Gracias de nuevo por confiarme el trabajo.`,
        (p) => `Me acordaba estos días de ${p ?? 'nuestro último proyecto'}: ¿cómo está funcionando ahora que lleva un tiempo en marcha?`,
        (p) => `Quería saber qué tal va ${p ?? 'todo'} desde la entrega y si está dando los resultados que esperaba.`,
      ],
    },
    help: {
      tu: [
        'Si algo necesita un ajuste o surge una pieza nueva, aquí estoy para echarte una mano.',
        'Si hay que retocar algo o aparece algo nuevo, cuenta conmigo.',
        'Cualquier ajuste o pieza nueva que necesites, me lo dices y lo vemos.',
      ],
      usted: [
        'Si algo necesita un ajuste o surge una pieza nueva, aquí estoy para echarle una mano.',
        'Si hay que retocar algo o aparece algo nuevo, cuente conmigo.',
        'Cualquier ajuste o pieza nueva que necesite, me lo dice y lo vemos.',
      ],
    },
    referral: {
      tu: [
        'Y si conoces a alguien a quien le venga bien un trabajo así, me encantará hablar con esa persona: buena parte de mi trabajo llega por recomendaciones como la tuya.',
        'Y una última cosa: si alguien de tu entorno necesita un trabajo parecido, me ayudaría mucho que le pasaras mi contacto.',
        'Casi todos mis clientes llegan por recomendación, así que si piensas en alguien a quien le pueda ayudar, te agradeceré que le hables de mí.',
      ],
      usted: [
        'Y si conoce a alguien a quien le venga bien un trabajo así, me encantará hablar con esa persona: buena parte de mi trabajo llega por recomendaciones como la suya.',
        'Y una última cosa: si alguien de su entorno necesita un trabajo parecido, me ayudaría mucho que le pasara mi contacto.',
        'Casi todos mis clientes llegan por recomendación, así que si piensa en alguien a quien le pueda ayudar, le agradeceré que le hable de mí.',
      ],
    },
    testimonial: {
      tu: [
        'Y si te apetece, me ayudaría mucho que escribieras dos o tres líneas sobre cómo fue el trabajo, para compartirlas en mi web.',
        '¿Me dejarías citar unas palabras tuyas sobre el proyecto en mi portfolio? Basta con un par de frases.',
        'Si tienes un momento, una breve reseña sobre el trabajo me ayudaría mucho a que otros clientes me conozcan.',
      ],
      usted: [
        'Y si le apetece, me ayudaría mucho que escribiera dos o tres líneas sobre cómo fue el trabajo, para compartirlas en mi web.',
        '¿Me permitiría citar unas palabras suyas sobre el proyecto en mi portfolio? Basta con un par de frases.',
        'Si tiene un momento, una breve reseña sobre el trabajo me ayudaría mucho a que otros clientes me conozcan.',
      ],
    },
  },
  referral: {
    lead: {
      decline: { tu: ['Si te sirve,', 'Por si te ayuda,', 'Para que no empieces de cero,'], usted: ['Si le sirve,', 'Por si le ayuda,', 'Para que no tenga que empezar de cero,'] },
      farewell: {
        tu: ['Para tus próximos proyectos,', 'Para lo que venga a partir de ahora,', 'Para que el cambio te resulte fácil,'],
        usted: ['Para sus próximos proyectos,', 'Para lo que venga a partir de ahora,', 'Para que el cambio le resulte fácil,'],
      },
      counterOffer: {
        tu: ['Y si prefieres otro camino,', 'Si al final te decides por otra opción,', 'Y si prefieres otra alternativa,'],
        usted: ['Y si prefiere otro camino,', 'Si al final se decide por otra opción,', 'Y si prefiere otra alternativa,'],
      },
    },
    one: {
      tu: [
        (c) => `te recomiendo a ${c}: confío en su trabajo y puedes decirle que vas de mi parte.`,
        (c) => `te recomiendo hablar con ${c}, que hace un trabajo estupendo; dile que vas de mi parte.`,
        (c) => `puedes escribir a ${c}: conozco bien su trabajo y sé que estarás en buenas manos.`,
      ],
      usted: [
        (c) => `le recomiendo a ${c}: confío en su trabajo y puede decirle que va de mi parte.`,
        (c) => `le recomiendo hablar con ${c}, que hace un trabajo estupendo; dígale que va de mi parte.`,
        (c) => `puede escribir a ${c}: conozco bien su trabajo y sé que estará en buenas manos.`,
      ],
    },
    two: {
      tu: [
        (a, b) => `te recomiendo a ${a} o a ${b}: confío en su trabajo y puedes decirles que vas de mi parte.`,
        (a, b) => `te recomiendo hablar con ${a} o con ${b}, que hacen un trabajo estupendo; diles que vas de mi parte.`,
        (a, b) => `puedes escribir a ${a} o a ${b}: conozco bien su trabajo y sé que estarás en buenas manos.`,
      ],
      usted: [
        (a, b) => `le recomiendo a ${a} o a ${b}: confío en su trabajo y puede decirles que va de mi parte.`,
        (a, b) => `le recomiendo hablar con ${a} o con ${b}, que hacen un trabajo estupendo; dígales que va de mi parte.`,
        (a, b) => `puede escribir a ${a} o a ${b}: conozco bien su trabajo y sé que estará en buenas manos.`,
      ],
    },
    specialist: {
      tu: [
        (s) => `mi consejo es que busques ${s}: es el perfil que mejor se ajusta a este tipo de trabajo.`,
        (s) => `te aconsejo buscar ${s}, que es quien mejor va a sacarle partido.`,
        (s) => `lo ideal sería ${s}, que trabaja este tipo de encargos a diario.`,
      ],
      usted: [
        (s) => `mi consejo es que busque ${s}: es el perfil que mejor se ajusta a este tipo de trabajo.`,
        (s) => `le aconsejo buscar ${s}, que es quien mejor va a sacarle partido.`,
        (s) => `lo ideal sería ${s}, que trabaja este tipo de encargos a diario.`,
      ],
    },
  },
  tax: {
    excluded: (name) => (name ? `+ ${name}` : '+ impuestos'),
    included: (name) => (name ? `(${name} incluido)` : '(impuestos incluidos)'),
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
