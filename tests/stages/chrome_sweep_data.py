"""Invented chrome lines by kind, and look-alike content lines that must stay (issue 12).

Shared by ``benchmarks/chrome_sweep.py`` (figures per kind, one page alone and a 5-page
site) and ``tests/stages/test_chrome_wordings.py`` (what holds).  Every line is invented
for this sweep: no site's wording is copied.  A chrome kind is (position, lines): ``head``
lines stand over the article, ``tail`` lines under it; a list kind (a heading and its
items) keeps its lines together in that order.
"""

from __future__ import annotations

# Article paragraphs of five invented pages (one article each).
BODIES: tuple[tuple[str, ...], ...] = (
    (
        "青石镇茶园春季管护现场会",
        "三月中旬，青石镇在北坡茶园召开春季管护现场会，全镇二十多户茶农到场观摩。",
        "农技站的老师傅示范了修剪、施肥和病虫害防治的要领，茶农们边看边问，气氛热烈。",
        "镇里还请来外地的制茶能手，讲解新茶采摘时间和杀青火候的把握。",
        "不少茶农表示，今年准备扩大有机茶的种植面积，把品牌做出去。",
    ),
    (
        "河湾社区开展旧衣物回收活动",
        "上周末，河湾社区在文化广场设置了旧衣物回收点，居民们纷纷拎着整理好的衣物前来。",
        "志愿者现场分拣，七成新以上的衣物将清洗消毒后送往山区学校。",
        "破损的衣物则交给再生资源企业，加工成保温材料和拖把布。",
        "社区计划每季度组织一次，并在楼栋间增设固定回收箱。",
    ),
    (
        "关于调整图书馆夜间开放时间的说明",
        "为方便读者下班后借阅，市图书馆自下月起延长夜间开放时间至晚上九点。",
        "延长时段内开放一楼借还区和二楼自习区，其他楼层按原时间闭馆。",
        "读者可凭读者证自助借还，遇到问题可向值班馆员咨询。",
        "图书馆将根据试行情况，适时调整开放安排并提前公告。",
    ),
    (
        "初二年级数学期中复习要点",
        "本次期中考试范围为一元一次方程、几何初步和数据的收集与整理三个单元。",
        "复习时要先回到课本例题，弄清每一类题目的解题思路，再做适量练习。",
        "几何部分要注意作图规范，证明过程每一步都要写明依据。",
        "考前一周以错题整理为主，不宜再大量刷新题。",
    ),
    (
        "老城区雨污分流改造进展",
        "老城区雨污分流改造工程已完成主干管铺设，累计敷设管道四点六公里。",
        "施工单位采用分段围挡、夜间作业的方式，尽量减少对沿街商户的影响。",
        "支管接入和路面恢复预计在汛期前完成，届时片区内涝问题将明显缓解。",
        "工程指挥部设立了意见箱，收集居民对施工的意见和建议。",
    ),
)

# kind -> (position, chrome lines)
CHROME: dict[str, tuple[str, tuple[str, ...]]] = {
    "copyright": (
        "tail",
        (
            "本站文章均来自网友分享，版权归原作者所有，如有侵权请联系删除。",
            "Copyright 2009-2024 绿岸文库 保留所有权利",
            "本文版权归青禾教育网所有，任何单位和个人转载须经书面授权。",
            "文章来源于网络，转载请保留本文链接：http://www.lvan-demo.cn/a/3321.html",
            "本文为作者原创，未经许可不得转载。",
            "© 2023 Riverbank Daily. All rights reserved.",
            "【版权声明】本站部分内容转自网络，如涉及版权问题请与我们联系。",
            "本网站所刊登的各种新闻﹑信息和专栏资料，均为本站版权所有",
            "转载本站原创文章请注明来源",
            "我们尊重原创，如有侵权请联系删除",
        ),
    ),
    "disclaimer": (
        "tail",
        (
            "免责声明：本网所载文章仅代表作者本人观点，与本网立场无关。",
            "特别声明：以上内容由用户上传，本站不对其准确性负责。",
            "声明：本文档由网友提供，仅供学习交流，请勿用于商业用途。",
            "Disclaimer: The views expressed here are those of the author alone.",
        ),
    ),
    "share": (
        "tail",
        (
            "分享到：微信 朋友圈 QQ 微博",
            "扫描二维码，手机阅读本文",
            "微信扫一扫，分享到朋友圈",
            "关注我们：官方微博 | 微信公众号 | 抖音号",
            "长按识别二维码关注“青禾课堂”",
            "Share: Facebook · Twitter · Email",
            "点击右上角，分享给好友",
            "关注微信公众号：青禾课堂，获取更多资料",
            "Follow us on Instagram",
            "Subscribe to our channel",
        ),
    ),
    "download": (
        "head",
        (
            "立即下载完整版（共5页）",
            "下载所需积分：8　会员免费",
            "本文档需要2个下载券，开通VIP无限下载",
            "VIP专享文档 | 开通会员立享8折",
            "温馨提示：下载前请先登录，积分不足可通过签到获取",
            "Download full text (PDF, 1.2 MB)",
            "本文档共8页，可免费预览前3页",
            "下载本文档需消耗5金币",
            "开通超级会员，海量文档免费下",
        ),
    ),
    "comments": (
        "tail",
        (
            "发表评论",
            "网友评论（12）",
            "已有36人参与评论，点击查看",
            "评论 5 | 收藏 18 | 点赞 42",
            "请文明发言，理性评论",
            "暂无评论，快来抢沙发吧！",
            "共12条评论，查看全部 >",
            "点赞(3)  收藏(1)  分享",
            "Leave a Reply",
        ),
    ),
    "related": (
        "tail",
        (
            "相关文章",
            "春季茶园管理的五个关键环节",
            "社区志愿服务活动方案范文",
            "图书馆借阅规则（2022修订）.docx",
        ),
    ),
    "you_may_like": (
        "tail",
        (
            "你可能还喜欢",
            "初中数学几何证明题解题技巧",
            "雨季城市排水知识问答(3页)",
            "期中考试动员讲话稿精选",
        ),
    ),
    "hot": (
        "tail",
        (
            "热门排行",
            "1. 2024年最新请假条格式",
            "2. 小学生安全教育主题班会",
            "3. 入党积极分子思想汇报",
        ),
    ),
    "others_read": (
        "tail",
        (
            "其他人还在看",
            "河湾社区垃圾分类宣传周活动总结",
            "茶园冬季清园技术要点",
        ),
    ),
    "search_tags": (
        "tail",
        (
            "大家都在搜：期中复习 数学 试卷",
            "本文标签：复习 数学 期中",
            "Posted in News | Tagged spring, farm | 2 Comments",
        ),
    ),
    "site_links": (
        "tail",
        (
            "友情链接：教育局 | 图书馆 | 文化馆",
            "手机版 | 电脑版 | 网站地图",
            "本站由青禾科技提供技术支持",
        ),
    ),
    "pager": (
        "tail",
        (
            "第 1 页 / 共 3 页",
            "首页 上一页 1 2 3 下一页 尾页",
            "< 1 2 3 4 >",
            "共4页　当前第2页",
            "Page 2 of 5",
        ),
    ),
    "prev_next": (
        "tail",
        (
            "上一篇：河湾社区举办邻里节",
            "下一篇：关于开展春季植树活动的通知",
            "« 上一条　下一条 »",
            "Previous: Spring planting notes",
            "Next: How the library lends e-books",
            "下一页 >",
        ),
    ),
    "breadcrumb": (
        "head",
        (
            "首页 > 教育资讯 > 复习指导",
            "当前位置：主页 » 社区动态",
            "您现在的位置是：网站首页 / 通知公告",
            "Home › News › Community",
            "文档分类：教育 > 中学 > 数学",
        ),
    ),
    "page_tools": (
        "head",
        (
            "【打印】【关闭】【收藏】",
            "字号：大 中 小",
            "字体大小：T | T | T",
            "打印本页 | 关闭窗口 | 返回顶部",
            "Print | Email | Close",
            "举报/反馈",
            "返回列表",
        ),
    ),
    "filing": (
        "tail",
        (
            "浙ICP备10023456号-2",
            "皖公网安备 34010202000321号",
            "网站备案号：鄂ICP备2021003218号",
            "京公网安备11010502039999号　京ICP证080321号",
        ),
    ),
    "contact": (
        "tail",
        (
            "客服热线：400-820-3321（工作日 9:00-18:00）",
            "联系电话：0571-88990011　邮箱：service@lvan-demo.cn",
            "投诉举报电话：12345　传真：0551-6200001",
            "地址：青石县文化路18号　邮编：310000",
        ),
    ),
    "app": (
        "head",
        (
            "下载APP，阅读体验更佳",
            "打开客户端查看完整内容",
            "扫码下载绿岸文库App，随时随地学习",
            "Get the app for a better reading experience",
        ),
    ),
    "editor": (
        "tail",
        (
            "责任编辑：林小满",
            "【责任编辑：周　末】",
            "编辑：李青青　校对：王二",
            "（编辑 陈一鸣）",
        ),
    ),
    "stats": (
        "head",
        (
            "发布时间：2024-03-18　浏览次数：1256",
            "阅读：3,402　评分：4.5分",
            "上传者：青禾老师　上传时间：2023-11-02　页数：6页",
            "阅读 2.1万 · 点赞 320",
        ),
    ),
}

# group -> look-alike content lines (each must stay where an article holds it)
LOOKALIKES: dict[str, tuple[str, ...]] = {
    "prose_copyright": (
        "作品完成后，著作权归作者所有，出版社只享有约定期限内的专有出版权。",
        "他说，版权意识的提高让原创作者的收入有了保障。",
        "合同约定，转载须经双方书面同意，否则视为违约。",
        "会上有人提问：网上的图片能不能随便转载？律师给出了否定的回答。",
        "“转载请注明出处”这句话，很多博主都写在文章末尾，但真正遵守的人并不多。",
        "作者声明：文中观点仅为个人研究心得，欢迎同行批评指正。",
    ),
    "prose_download": (
        "申请人可登录市政务服务网下载申请表，填写后连同身份证复印件一并提交。",
        "老人不会用手机下载软件，社区志愿者就一对一手把手地教。",
        "学生下载资料时要注意甄别来源，避免误入钓鱼网站。",
        "The form can be downloaded from the council website and returned by post.",
        "开通会员后，读者每月可多借两本书。",
        "积分可在年底兑换生活用品，上不封顶。",
    ),
    "prose_share": (
        "她把孩子的画拍下来分享到家族群里，亲戚们纷纷点赞。",
        "欢迎大家在评论区分享自己的复习方法。",
        "关注孩子的心理变化，比关注分数更重要。",
        "活动结束后，不少居民扫码加入了社区志愿者群。",
    ),
    "numbered_items": (
        "1. 提前十分钟到达考场，带齐准考证和文具。",
        "2. 答题卡要用2B铅笔填涂。",
        "3. 考试结束铃响后立即停笔。",
        "（一）修剪：剪去病枝、枯枝和细弱枝。",
        "第一条 为规范图书借阅管理，制定本办法。",
    ),
    "short_headings": (
        "相关规定",
        "附件",
        "附件：回收点分布表",
        "热点问题解答",
        "联系方式",
        "推荐理由",
        "上一阶段工作回顾",
        "下一步工作打算",
        "评论与分析",
        "版权与许可",
    ),
    "table_rows": (
        "序号　姓名　单位　联系电话",
        "时段　开放区域　备注",
        "页码　内容　页数",
    ),
    "signatures": (
        "青石镇人民政府",
        "2024年3月18日",
        "河湾社区居委会（盖章）",
        "联系人：张老师，电话：0571-88990012",
        "王小明　2024年4月",
    ),
    "quotes": (
        "正如一位网友所说：“转载容易，原创难。”",
        "校长在讲话中说：“下一篇章，要靠我们每一个人去书写。”",
        'The librarian smiled: "Copyright is not the enemy of reading."',
        "上一页还在讲茶叶的种植，下一页就讲到了制茶的工艺。",
    ),
    "prose_more": (
        "友情链接：是网站之间互相交换的链接，能提高收录。",
        "分类：按用途分为生活用水和工业用水两类。",
        "本文共分三个部分，第一部分介绍背景。",
        "Follow the signs to the library entrance.",
        "Posted in 1998, the letter was never answered.",
        "大家都在看这场比赛，街上几乎没有行人。",
        "返回列表页后，点击“新增”按钮即可添加记录。",
        "下一页的表格列出了各村的用水量。",
    ),
}


def chrome_count() -> int:
    return sum(len(v[1]) for v in CHROME.values())


def lookalike_count() -> int:
    return sum(len(v) for v in LOOKALIKES.values())


def body_with(body: tuple[str, ...], inserts: list[str]) -> list[str]:
    """``body``'s title and paragraphs, ``inserts`` set between the paragraphs, each alone."""
    title, *paras = body
    out = [title]
    for i, para in enumerate(paras):
        out.append(para)
        out.extend(inserts[i :: len(paras)])
    return out


def chrome_page(kinds: list[str], body: tuple[str, ...], inserts: list[str] = ()) -> list[str]:  # type: ignore[assignment]
    """A page: head chrome of ``kinds``, the article, tail chrome of ``kinds``."""
    head = [ln for k in kinds if CHROME[k][0] == "head" for ln in CHROME[k][1]]
    tail = [ln for k in kinds if CHROME[k][0] == "tail" for ln in CHROME[k][1]]
    return head + body_with(body, list(inserts)) + tail
