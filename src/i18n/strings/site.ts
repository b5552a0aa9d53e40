import { defineStrings } from '../define';

export default defineStrings(
  {
    'site.title': 'Optimizer Coach',
    'site.tagline': 'PyTorch optimizers, explained by a fitness coach',
  },
  {
    'site.title': '优化器教练',
    'site.tagline': '用健身教练的比喻，讲透 PyTorch 优化器',
  },
);
