// Spanish strings of the open-comment marks and of the edit lock's banner.
// es.ts spreads them at its end, so they are part of MessageKey.
export const marksEs = {
  'marks.one': '1 comentario abierto',
  'marks.many': '{n} comentarios abiertos',
  'marks.label': '{where}: {count}',
  'marks.dataset': 'Todo el conjunto',
  'marks.title': 'Comentarios abiertos · {where}',
  'marks.reply': '1 respuesta',
  'marks.replies': '{n} respuestas',
  'marks.openReview': 'Ver en Revisión',
  'marks.close': 'Cerrar',
  'marks.rowHint': 'Fila {row} de la tabla en su orden original',

  'lock.heldBy': 'Abierto en solo lectura: lo edita {who} desde el {since}.',
  'lock.heldByStale':
    'Abierto en solo lectura: lo tenía {who} desde el {since}, pero esa aplicación ya no está abierta en este equipo.',
  'lock.someone': 'otra persona',
  'lock.free': 'Abierto en solo lectura. Nadie lo edita ahora: puede abrirlo para editar.',
  'lock.servedReadOnly':
    'Este espacio se sirve en solo lectura: aquí no se puede tomar el control.',
  'lock.takeOver': 'Tomar el control',
  'lock.openForEditing': 'Abrir para editar',
  'lock.confirmTitle': '¿Tomar el control de este espacio de trabajo?',
  'lock.confirmHolder': '{who} lo tiene abierto para editar desde el {since}{host}.',
  'lock.confirmHost': ' en el equipo «{host}»',
  'lock.confirmWarning':
    'Si esa persona sigue trabajando, puede perder los cambios que no haya guardado. Tome el control solo si su aplicación se cerró de forma inesperada o si ella está de acuerdo.',
  'lock.confirmAfter':
    'Los comentarios y decisiones que otros dejaron mientras tanto se incorporan al abrirlo para editar.',
  'lock.confirm': 'Sí, tomar el control',
  'lock.cancel': 'Cancelar',
  'lock.taken': 'Ahora usted edita este espacio de trabajo.',
} as const;
