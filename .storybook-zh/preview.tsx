import preview from '../.storybook/preview.tsx';

export default { ...preview, initialGlobals: { ...preview.initialGlobals, locale: 'zh-CN' } };
