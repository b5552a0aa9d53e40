import { defineStrings } from '../define';

/** Layout, navigation, search, theme, home, glossary and 404 strings (owner: site). */
export default defineStrings(
  {
    'site.title': 'Optimizer Coach',
    'site.tagline': 'PyTorch optimizers, explained by a fitness coach',
    'site.description':
      'A hands-on beginner tutorial on PyTorch optimizers: SGD, momentum, Adam, AdamW, schedulers — run real training loops in your browser.',
    'site.footer': 'All code runs in your browser; nothing is sent anywhere. Numbers match PyTorch 2.x.',

    'nav.skip': 'Skip to content',
    'nav.menu': 'Contents',
    'nav.close': 'Close contents',
    'nav.sidebar': 'Course contents',
    'nav.home': 'Home',
    'nav.lessons': 'Lessons',
    'nav.exercises': 'Exercises',
    'nav.labs': 'Labs',
    'nav.progress': 'My progress',
    'nav.glossary': 'Glossary',
    'nav.more': 'More',
    'nav.prev': 'Previous',
    'nav.next': 'Next',
    'nav.pager': 'Previous and next pages',
    'nav.lessonNumber': 'Lesson {n}',
    'nav.minutes': '{n} min',

    'lang.label': 'Language',
    'lang.switchTo': 'Read this page in English',
    'lang.name': 'English',

    'theme.dark': 'Dark mode',

    'search.label': 'Search the course',
    'search.placeholder': 'Search…',
    'search.loading': 'Loading search…',
    'search.none': 'No results for “{q}”.',
    'search.count': '{n} results for “{q}”.',
    'search.one': '1 result for “{q}”.',
    'search.unavailable': 'Search is not available in this preview (run a full build).',
    'search.results': 'Search results',

    'home.heading': 'Learn how PyTorch optimizers train a model — by running them.',
    'home.intro':
      'Think of the optimizer as a fitness coach: it watches how training went (the gradient) and adjusts the plan (the parameters). Every lesson has code you can edit and run right here.',
    'home.learnTitle': 'What you will learn',
    'home.learn1': 'What an optimizer does, and where it sits in the training loop',
    'home.learn2': 'How SGD, momentum, Adam, AdamW, RMSprop and Adagrad update parameters',
    'home.learn3': 'The five steps of every training loop, and the bugs that break it',
    'home.learn4': 'Learning-rate schedulers, weight decay and parameter groups',
    'home.learn5': 'How to choose an optimizer for your own project',
    'home.time': 'About {n} minutes in total, in {count} short lessons. Your progress stays in this browser.',
    'home.start': 'Start the first lesson',
    'home.lessonsTitle': 'Lessons',
    'home.exercisesTitle': 'Exercises',
    'home.labsTitle': 'Labs',
    'home.empty': 'The lessons are being written.',

    'glossary.title': 'Glossary',
    'glossary.intro': 'The terms used in this course, in Chinese and English.',
    'glossary.term': 'Term',
    'glossary.other': 'Chinese',
    'glossary.note': 'Note',

    'notFound.title': 'Page not found',
    'notFound.body': 'This page does not exist. It may have moved.',
    'notFound.home': 'Go to the English home page',

    'chooser.title': 'Choose a language',
    'chooser.redirecting': 'Taking you to the version in your language…',

    'note.myth': 'A common saying',
    'note.tip': 'Tip',
    'note.warning': 'Watch out',

    'lesson.minutes': 'About {n} minutes',
    'lesson.sectionLink': 'Link to this section',
  },
  {
    'site.title': '优化器教练',
    'site.tagline': '用健身教练的比喻，讲透 PyTorch 优化器',
    'site.description':
      '面向初学者的 PyTorch 优化器动手教程：SGD、动量、Adam、AdamW、学习率调度器，在浏览器里直接跑真实的训练循环。',
    'site.footer': '所有代码都在你的浏览器里运行，不会上传任何数据。数值与 PyTorch 2.x 一致。',

    'nav.skip': '跳到正文',
    'nav.menu': '目录',
    'nav.close': '收起目录',
    'nav.sidebar': '课程目录',
    'nav.home': '首页',
    'nav.lessons': '课程',
    'nav.exercises': '练习',
    'nav.labs': '实验室',
    'nav.progress': '我的进度',
    'nav.glossary': '术语表',
    'nav.more': '更多',
    'nav.prev': '上一篇',
    'nav.next': '下一篇',
    'nav.pager': '上一篇与下一篇',
    'nav.lessonNumber': '第 {n} 课',
    'nav.minutes': '{n} 分钟',

    'lang.label': '语言',
    'lang.switchTo': '阅读本页中文版',
    'lang.name': '中文',

    'theme.dark': '深色模式',

    'search.label': '搜索课程',
    'search.placeholder': '搜索…',
    'search.loading': '正在加载搜索…',
    'search.none': '没有找到与“{q}”相关的内容。',
    'search.count': '找到 {n} 条与“{q}”相关的结果。',
    'search.one': '找到 1 条与“{q}”相关的结果。',
    'search.unavailable': '当前预览不支持搜索（请完整构建一次）。',
    'search.results': '搜索结果',

    'home.heading': '亲手运行代码，看懂 PyTorch 优化器怎样训练模型。',
    'home.intro':
      '把优化器想成一位健身教练：它看你这一轮练得怎么样（梯度），再调整训练计划（参数）。每一课都有可以直接修改、当场运行的代码。',
    'home.learnTitle': '你将学到',
    'home.learn1': '优化器是做什么的，它在训练循环里处在哪一步',
    'home.learn2': 'SGD、动量、Adam、AdamW、RMSprop 和 Adagrad 分别怎样更新参数',
    'home.learn3': '每个训练循环都少不了的五个步骤，以及最容易出错的地方',
    'home.learn4': '学习率调度器、权重衰减和参数组',
    'home.learn5': '在自己的项目里怎样挑选优化器',
    'home.time': '共 {count} 节短课，全部学完大约需要 {n} 分钟。学习进度只保存在这个浏览器里。',
    'home.start': '从第一课开始',
    'home.lessonsTitle': '课程',
    'home.exercisesTitle': '练习',
    'home.labsTitle': '实验室',
    'home.empty': '课程正在编写中。',

    'glossary.title': '术语表',
    'glossary.intro': '本课程用到的术语，中英对照。',
    'glossary.term': '术语',
    'glossary.other': '英文',
    'glossary.note': '说明',

    'notFound.title': '页面不存在',
    'notFound.body': '你要找的页面不存在，可能已经移走了。',
    'notFound.home': '返回中文首页',

    'chooser.title': '选择语言',
    'chooser.redirecting': '正在为你打开对应语言的版本…',

    'note.myth': '常见说法',
    'note.tip': '小贴士',
    'note.warning': '注意',

    'lesson.minutes': '约 {n} 分钟',
    'lesson.sectionLink': '本节链接',
  },
);
