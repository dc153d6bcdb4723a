// Word lists the discovery patterns use: closed classes of Chinese tech-news text (titles, suffixes,
// generic modifiers), not names. Adding a word here changes every article, so each list says what
// belongs in it.

/** Words that end an organization name and belong to it (深言科技, 上海人工智能实验室). */
export const ORG_SUFFIXES = [
  "科技", "智能", "实验室", "研究院", "研究所", "研究中心", "大学", "学院", "基金会", "资本", "创投",
  "技术", "网络", "软件", "半导体", "电子", "传媒", "控股", "银行", "证券", "咨询", "机器人",
  "工作室", "委员会", "协会", "联盟", "有限公司", "股份有限公司", "有限责任公司", "智算", "中心", "基金",
  "基地", "微电子", "事务所", "数科", "研究组", "课题组", "智慧", "医院",
];

/** Places that end like organizations but are facilities (英伟达数据中心, 智算中心). */
export const FACILITY_WORDS = ["数据中心", "智算中心", "算力中心", "计算中心", "超算中心", "云计算中心", "数据基地", "算力基地"];

/** Last words of Latin organization names (Harbor Lane Ventures, Vektor Labs, MediaTek Research). */
export const LATIN_ORG_SUFFIXES = [
  "Ventures", "Capital", "Partners", "Labs", "Lab", "Research", "Technologies", "Technology", "Systems",
  "Robotics", "Inc", "Inc.", "Ltd", "Ltd.", "Corp", "Corporation", "Group", "Holdings", "Foundation",
  "Institute", "University", "College", "Academy", "Fund", "Investments", "Analytics", "Studio", "Studios",
  "Networks", "Semiconductor", "Intelligence", "Dynamics", "Logistik", "GmbH", "AG",
];

/** Suffixes that make a new, distinct organization even after a known one (百度研究院, 高瓴创投). */
export const ORG_UNIT_SUFFIXES = [
  "大学", "学院", "研究院", "研究所", "实验室", "研究中心", "银行", "委员会", "基金会", "创投", "资本", "医院",
  "有限公司", "股份有限公司", "有限责任公司",
];

/** Departments: only after a known or found organization (清华大学计算机系). */
export const ORG_DEPARTMENT_SUFFIXES = ["系", "学系", "分院", "事业部", "事业群", "研究部", "实验室", "研究院"];

/** Words after a name that say "this is an organization" but are not part of its name (云启公司 → 云启). */
export const ORG_DESCRIPTORS = ["公司", "集团", "团队", "inc", "ltd"];

/** Words that describe an organization's status, never name it: a name stops at them (新创「云睿智能」). */
export const ORG_STATUS_WORDS = [
  "这", "这家", "该", "此", "一家", "多家", "某", "各", "每", "其", "其他", "相关", "国内", "国外", "海外",
  "全球", "头部", "知名", "龙头", "上市", "创业", "初创", "新创", "新兴", "创企", "独角兽", "第三方", "重点",
  "我们", "他们", "自家", "旗下", "母", "子", "大型", "中小", "小型", "传统", "领先", "主要", "部分", "不少",
  "众多", "合作", "投资方", "老牌", "明星", "本土", "外资", "美国", "中国", "全新", "企业", "厂商", "机构", "普通",
  "一般", "个人", "小微",
  "品牌", "公司", "团队", "平台", "服务商", "供应商", "运营商", "客户", "对手", "友商", "巨头", "大厂", "系",
  "派",
];

/** Fields that may stand inside an organization name (上海人工智能实验室) but never start one. */
export const ORG_FIELD_WORDS = [
  "科技", "智能", "人工智能", "互联网", "大模型", "模型", "芯片", "软件", "云", "云计算", "数据", "技术", "AI",
  "ai", "研究", "研发", "咨询", "市场", "调研", "投资", "金融", "联合", "国家", "计算", "算力", "机器人",
  "具身", "具身智能", "生成式", "通用", "认知", "决策", "感知", "类脑", "数字", "产业", "创新", "评测", "数据中心",
  "客服", "电商", "教育", "医疗", "物流", "游戏", "安全", "硬件", "手机", "汽车", "自动驾驶", "机器学习", "深度学习",
  "生物", "信息", "网络", "文化", "能源", "环境", "农业", "工业", "制造", "交通", "城市", "健康", "家居", "零售",
  "营销", "广告", "传媒", "娱乐", "体育", "旅游", "地产", "建筑", "材料", "化工", "航空", "航天", "海洋", "电力",
];

/**
 * Attributes that describe rather than name a model (通用大模型, 开源模型): they are never part of a
 * name, at either end.
 */
export const MODEL_ATTRIBUTE_WORDS = [
  "通用", "开源", "闭源", "国产", "国内", "海外", "国外", "全球", "自研", "最新", "新一代", "新", "首个",
  "首款", "一款", "旗舰", "基础", "基座", "底座", "底层", "预训练", "生成式", "对话", "大型", "超大规模",
  "端侧", "轻量", "轻量级", "千亿级", "万亿级", "百亿级", "主流", "头部", "参数", "AI", "ai", "人工智能",
  "多模态", "语言", "自然语言", "视觉", "计算机视觉", "文本", "图像", "视频", "语音", "中文", "英文",
  "文生图", "文生视频", "图生视频", "推理", "混合专家", "稠密", "稀疏", "私有", "企业级", "企业", "行业",
  "产业", "垂直", "领域", "专业", "任务", "系列", "版本", "家族", "中国", "美国", "世界", "具身", "智能体",
  "小", "大", "中", "更大", "最大", "超大", "强", "更强", "其", "自家", "自身", "各", "各类", "各种",
  "多个", "家", "款", "个", "级", "训练", "部署", "应用", "商用", "第一", "知识", "搜索", "云端", "本地",
  "参测", "入选", "上榜", "候选", "被测",
  "公有", "嵌入", "向量", "排序", "代码生成", "思维链", "长文本", "长上下文", "前沿", "顶尖", "闭源商业",
  "繁中", "简中", "繁体中文", "简体中文", "中英文", "双语", "多语言", "算力", "云", "数据", "开发", "服务",
  "开放", "机器学习", "深度学习", "参评", "参赛", "受测", "对比", "所有", "全部", "同类", "红队", "竞品",
  "闭源模型", "基线", "主力", "核心", "当家", "新款", "最强", "同款", "教师", "学生", "奖励", "判别", "生成", "扩散", "微调", "聊天", "客服", "问答", "翻译",
  "摘要", "分类", "检索", "对齐", "蒸馏", "量化", "剪枝", "评估", "裁判", "评审", "打分", "嵌入式", "编码",
  "解码", "视觉语言", "语音识别", "图像生成", "视频生成", "世界模型", "决策", "预测", "推荐", "风控", "营销",
];

/** Domains that may follow a brand in a model name (盘古气象大模型) but never start one. */
export const MODEL_DOMAIN_WORDS = [
  "气象", "矿山", "医疗", "金融", "教育", "政务", "代码", "数学", "科学", "科研", "蛋白质", "法律", "电力",
  "交通", "工业", "农业", "遥感", "药物", "生物", "化学", "城市", "海洋", "能源", "汽车", "自动驾驶", "编程",
  // Languages a model is for: 粤语大模型「港语通」 names 港语通, not 粤语.
  "粤语", "普通话", "英语", "日语", "韩语", "法语", "德语", "俄语", "西班牙语", "阿拉伯语", "藏语", "维吾尔语",
  "多语种", "小语种", "方言",
];

/** Nouns that name an exam when they stand before 考试 (公务员考试, 模拟律师资格考试); other nouns do not (学术考试). */
export const EXAM_NOUNS = [
  "律师", "司法", "法律职业", "公务员", "医师", "执业", "资格", "会计师", "注册会计师", "教师", "研究生", "入学",
  "高考", "中考", "考研", "托福", "雅思", "驾照", "驾驶", "行测", "申论", "护士", "药师", "建造师", "精算师",
];

/** Words before a phrase that make it a description (这款中杯模型, 一家创业公司). */
export const DEMONSTRATIVES = [
  "这", "这款", "这个", "这些", "这一", "这家", "该", "该款", "此", "此款", "一款", "一个", "一家", "多款",
  "两款", "几款", "各", "每", "某", "某款", "其", "另一款", "另一家", "首款",
];

/** Titles that introduce a person's name (首席科学家李明, CEO Sam Altman). */
export const PERSON_TITLES = [
  "创始人", "联合创始人", "创办人", "董事长", "总裁", "副总裁", "高级副总裁", "执行副总裁", "首席执行官",
  "首席技术官", "首席科学家", "首席运营官", "首席财务官", "首席架构师", "首席研究员", "总经理", "副总经理",
  "总监", "负责人", "主任", "院长", "副院长", "所长", "校长", "教授", "副教授", "院士", "研究员",
  "科学家", "工程师", "分析师", "合伙人", "董事", "主席", "总编", "主编", "记者", "博士", "CEO", "CTO",
  "COO", "CFO", "CSO", "VP", "掌门人", "操盘手", "发言人", "技术负责人", "产品负责人", "作者", "同事",
  "主持人", "嘉宾", "编辑", "总编辑", "撰文", "特约作者", "讲师", "架构师", "创始合伙人", "首席信息官",
  "首席产品官", "首席战略官", "董事会主席", "执行董事", "秘书长", "理事长", "会长", "部长", "局长", "司长",
  "博士生", "硕士生", "研究生", "博士后", "师兄", "师姐", "师弟", "师妹", "导师", "学者", "投资人",
  "主管", "研究主管", "技术主管", "经理", "产品经理", "顾问", "专家", "评测者", "开发者",
];

/** Verbs of saying that follow a person's name (李明表示, Sam Altman称). */
export const SPEECH_VERBS = [
  "表示", "指出", "认为", "称", "说", "介绍", "透露", "坦言", "强调", "回应", "提到", "谈到", "直言",
  "预测", "解释", "补充", "告诉", "写道", "宣布", "感叹", "评价", "分享",
  // Not speech, but said of a person in the same place: 由肖弘创办的…
  "创办", "创立", "联合创办", "带领",
];

/** Common Chinese surnames (single and double), for names found next to a title or verb. */
export const SURNAMES = [
  ..."王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝区冼",
  "欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "令狐", "慕容", "公孙", "端木", "长孙", "宇文", "司徒",
];

/** Characters that cannot end a Chinese given name here: they start the next word (李明说 → 李明). */
export const NAME_STOP_CHARS = [..."说表认指称在的和与也是将对等介透坦强则就还曾向为已均都及并以于今日年月近此接回与发推宣带领主负把被让从跟同给会要能正又却便再才更、，。：；！？（）《》“”‘’"];

/** Words that introduce a release or build by an organization (百度发布文心一言, 腾讯以混元…). */
export const RELEASE_VERBS = [
  "发布", "推出", "开源", "上线", "亮相", "研发", "打造", "升级", "公布", "训练", "自研", "开发", "以",
  "的", "旗下", "携", "带来", "首发", "正式发布", "正式推出", "联合发布", "宣布推出", "宣布开源", "基于",
  "发表", "揭晓", "上架", "开放", "更新", "迭代", "展示", "演示", "披露", "面向",
];

/** Words before a model that say it was made by the organization after it (由百度研发). */
export const PASSIVE_MARKERS = ["由", "出自", "来自"];

/** Verbs and nouns that introduce a score (得分, 准确率达到). */
export const SCORE_CUES = [
  "得分", "分数", "成绩", "准确率", "正确率", "通过率", "胜率", "取得", "拿下", "获得", "得到", "达到", "达",
  "为", "是", "考出", "拿到", "获", "得", "score", "scored", "pass@1",
];

/** Words before a number that make it a change, not a score (提升12%). */
export const CHANGE_WORDS = [
  "提升", "提高", "增长", "下降", "降低", "增加", "减少", "超出", "领先", "高出", "落后", "低于", "高于",
  "超过", "上涨", "下滑", "同比", "环比", "增幅", "涨幅", "差距", "相差", "多出", "缩小", "差", "少了",
];

/** An exam's name, as opposed to another benchmark's: 高考, 法律职业资格考试, SAT, GRE. */
export const EXAM_NAME = /考|^(?:SAT|GRE|GMAT|LSAT|ACT|AP|TOEFL|IELTS|USMLE)(?:\s|$)/;

/** Named parts of an exam or benchmark that a score can be for (SAT 数学). */
export const SUBTASKS = [
  "语文作文", "英语作文", "作文", "阅读写作", "阅读与写作", "数学", "阅读", "写作", "语文", "英语", "物理", "化学", "生物", "历史", "地理",
  "政治", "编程", "代码", "推理", "口语", "听力", "词汇", "逻辑", "理科综合", "文科综合", "理综", "文综",
  "综合", "总分", "Math", "Reading", "Writing", "Verbal", "Quantitative",
];

/** Words after a name that make it a benchmark (XX基准, XX榜单). */
export const BENCHMARK_HEADS = ["基准测试", "基准", "榜单", "排行榜", "测试集", "评测集", "数据集", "评测基准", "测评", "benchmark", "Benchmark", "考试"];

/** Words after a chip-like identifier that make it a product (H20芯片). */
export const CHIP_HEADS = ["芯片", "晶片", "GPU", "显卡", "加速卡", "算力卡", "推理卡", "训练卡", "计算卡", "处理器", "AI芯片", "服务器", "集群", "NPU", "TPU"];

/** Words after a name that make it a product (太极机器学习平台). */
export const PRODUCT_HEADS = [
  "机器学习平台", "深度学习平台", "开发平台", "开放平台", "训练平台", "平台", "深度学习框架", "框架", "App", "APP",
  "app", "操作系统", "智能体平台", "云服务", "开发者平台", "客户端", "浏览器", "插件",
];

/** Words after a name that make it a model (XX大模型, XX系列模型). */
export const MODEL_HEADS = ["大模型", "大语言模型", "语言模型", "模型", "系列模型", "LLM", "多模态模型", "推理模型"];

/** Last words of a Latin name that make it software, not a model (LLaMA-Factory, Dify Studio). */
export const PRODUCT_LATIN_TAILS = [
  "factory", "studio", "hub", "kit", "toolkit", "sdk", "engine", "platform", "framework", "bridge", "cli",
  "ide", "app", "workbench", "console", "server", "runtime", "serving", "sandbox", "toolbox", "router", "gateway",
];

/** Latin identifier heads that name hardware or consumer products, never models (RTX 4090, iPhone 16). */
export const PRODUCT_LATIN_HEADS = [
  "rtx", "gtx", "iphone", "ipad", "mate", "pixel", "galaxy", "windows", "win", "xeon", "ryzen", "snapdragon",
  "cortex", "kirin", "exynos", "bionic", "helio", "macbook", "surface", "thinkpad", "xiaomi", "redmi", "honor",
  "dimensity", "macbook", "tesla", "geforce", "quadro", "radeon", "instinct", "epyc", "core", "ios", "android",
  "harmonyos", "pura", "vision",
];

/** Latin words that continue a model identifier after a space (Claude 3.5 Sonnet, GPT-4o mini). */
export const MODEL_VARIANT_WORDS = [
  "instruct", "chat", "base", "turbo", "pro", "max", "plus", "ultra", "flash", "mini", "nano", "lite", "air",
  "sonnet", "opus", "haiku", "coder", "code", "math", "vl", "vision", "omni", "preview", "thinking", "agent",
  "reasoner", "moe", "large", "medium", "small", "tiny", "xl", "xxl", "next", "high", "low",
  "experimental", "exp", "distill", "r1", "v2", "v3", "v4", "o", "hd", "audio", "realtime", "long", "edge",
];

/** Nouns that make a clause about business, not scores (市场份额达到35%). */
export const NON_SCORE_WORDS = [
  "份额", "占比", "增长", "营收", "收入", "利润", "市场", "用户", "同比", "环比", "融资", "估值", "成本",
  "价格", "降价", "涨", "跌", "股价", "规模", "投资", "订单", "出货", "渗透率", "月活", "日活", "下载",
  "token", "tokens", "上下文", "参数",
];

/** Units after a number that make it something other than a score. */
export const NON_SCORE_UNITS = [
  "亿", "万", "千", "百", "个", "年", "月", "日", "天", "倍", "次", "项", "款", "家", "名", "位", "种", "条",
  "篇", "道", "题", "元", "美元", "张", "块", "秒", "小时", "分钟", "岁", "代", "层", "轮", "B", "M", "K",
  "T", "k", "x", "×", "+", "-shot", "shot", "样本", "GB", "TB", "token", "卡", "台", "份", "人",
];

/** Headings of related-article lists, page furniture in pasted pages and HTML alike. */
export const RELATED_HEADINGS = [
  "相关文章", "相关阅读", "热门文章", "热门推荐", "推荐阅读", "延伸阅读", "猜你喜欢", "最新文章", "相关推荐",
  "大家都在看", "更多阅读", "精彩推荐", "相关问题", "热门问题", "更多新闻", "相关新闻", "热点新闻",
];
