"""The built-in rulebook, built from wechat-mall.yaml by `python -m icpcheck.rulebook.compile`: do not edit."""

# Regenerate after editing the rulebook or the code that builds it: tests/rulebook/test_builtin.py
# fails until this file is what the command writes. icpcheck.rulebook.build.load_rulebook uses
# it only when the rulebook's bytes still have the sha256 below; otherwise it parses the YAML.

from __future__ import annotations

from datetime import date

from icpcheck.rulebook.conditions import All, AnyOf, Compare, Not
from icpcheck.rulebook.model import (
    Advice,
    ApplyCondition,
    BottomLine,
    Choice,
    Citation,
    Conflict,
    Effect,
    Expected,
    Fee,
    Filing,
    Layer,
    Limit,
    Model,
    Obligation,
    Period,
    Plan,
    Procedure,
    Question,
    Rule,
    Rulebook,
    Source,
    Text,
    Typical,
    Validity,
)

SHA256 = "3f32874e4f9dec90b38df6cf957475c3089106c11d94d2300e53c6963b19ef95"


def rulebook(path: str) -> Rulebook:
    """The rulebook built from the wechat-mall.yaml whose sha256 is SHA256, found at `path`."""
    _0 = Source(
        'article',
        Text(
            '《微信微商城需要ICP证吗?(办理ICP许可证的好处与风险)》',
            'Does a WeChat micro-mall need an ICP licence? (Benefits and risks of getting one)',
        ),
        Text('ICP代办机构的常见问题文章', 'FAQ article by an ICP licensing agency'),
        None,
        date(2024, 8, 13),
        None,
        None,
    )
    _1 = Source(
        'measures_292',
        Text('《互联网信息服务管理办法》', 'Measures for the Administration of Internet Information Services'),
        Text(
            '2000-09-25公布；2011-01-08修订；2024-12-06经国务院令第797号修订，2025-01-20施行',
            'issued 2000-09-25; revised 2011-01-08; revised 2024-12-06 by Decree No. 797, in force 2025-01-20',
        ),
        '国务院令第292号',
        date(2000, 9, 25),
        None,
        None,
    )
    _2 = Source(
        'filing_measures',
        Text('《非经营性互联网信息服务备案管理办法》', 'Measures for the Filing of Non-commercial Internet Information Services'),
        Text('2005年公布；2024-01-18经工信部令第68号修订', 'issued 2005; revised 2024-01-18 by MIIT Decree No. 68'),
        '信息产业部令第33号（工信部令第68号修订）',
        date(2024, 1, 18),
        None,
        None,
    )
    _3 = Source(
        'telecom_regulations',
        Text('《中华人民共和国电信条例》', 'Telecommunications Regulations of the PRC'),
        Text('2000年公布，2014年、2016年修订', 'issued 2000, revised 2014 and 2016'),
        '国务院令第291号',
        date(2000, 9, 25),
        None,
        None,
    )
    _4 = Source(
        'catalogue_2015',
        Text('《电信业务分类目录（2015年版）》', 'Catalogue of Telecommunications Services (2015 edition)'),
        Text('2015年版，2016-03-01施行，2019年调整', '2015 edition, in force 2016-03-01, adjusted 2019'),
        None,
        date(2015, 12, 28),
        None,
        None,
    )
    _5 = Source(
        'license_measures',
        Text('《电信业务经营许可管理办法》', 'Measures for the Administration of Telecommunications Business Licences'),
        Text('2017年公布，2017-09-01施行，未见此后修订', 'issued 2017, in force 2017-09-01; no later amendment found'),
        '工信部令第42号',
        date(2017, 7, 3),
        None,
        None,
    )
    _6 = Source(
        'provincial_notices',
        Text(
            '安徽省通信管理局通知（2021-04-22）及河南等省通信管理局的同类通知',
            'Anhui Communications Administration notice (2021-04-22) and similar notices of Henan and other provinces',
        ),
        Text(
            '安徽省通信管理局《关于增值电信业务经营许可有关问题的公告》；河南（2023）据报道相同，未核实；另有约十个省份的说法来自代办机构汇总',
            'the Anhui notice on value-added telecom licensing questions; Henan (2023) reportedly alike, unverified; about ten provinces per an agency summary',
        ),
        None,
        date(2021, 4, 22),
        None,
        None,
    )
    _7 = Source(
        'app_filing_notice',
        Text('《工业和信息化部关于开展移动互联网应用程序备案工作的通知》', 'MIIT notice on filing mobile internet applications'),
        None,
        '工信部信管〔2023〕105号',
        date(2023, 8, 4),
        None,
        None,
    )
    _8 = Source(
        'network_security_measures',
        Text(
            '《计算机信息网络国际联网安全保护管理办法》',
            'Measures for the Security Protection of International Networking of Computer Information Networks',
        ),
        Text('1997年公布，2011年修订', 'issued 1997, revised 2011'),
        '公安部令第33号',
        date(1997, 12, 16),
        None,
        None,
    )
    _9 = Source(
        'anti_fraud_law',
        Text('《中华人民共和国反电信网络诈骗法》', 'Anti-Telecom and Online Fraud Law of the PRC'),
        None,
        None,
        date(2022, 9, 2),
        None,
        None,
    )
    _10 = Source(
        'agency_practice',
        Text('ICP代办机构的通行说法', 'The common view of ICP licensing agencies'),
        Text('行业实践，没有单一的文件', 'practice; no single document'),
        None,
        None,
        None,
        date(2026, 11, 28),
    )
    _11 = Source(
        'order_797',
        Text('国务院令第797号', 'State Council Decree No. 797'),
        Text(
            '修改《互联网信息服务管理办法》第5条前置审批范围的行政法规决定，2024-12-06通过，2025-01-20施行',
            'State Council decision amending the prior-approval list in Art. 5 of the Measures; decided 2024-12-06, in force 2025-01-20',
        ),
        None,
        date(2024, 12, 6),
        None,
        None,
    )
    _12 = Source(
        'wechat_platform_rules',
        Text(
            '微信小程序与公众号的类目及域名要求（微信官方平台规则）',
            "WeChat's category and domain requirements for mini-programs and Official Accounts (WeChat's official platform rules)",
        ),
        Text(
            '平台官方规则；标题为内容概括，并非文件原标题',
            "platform's official rules; the title describes the content, it is not the document's own",
        ),
        None,
        None,
        None,
        date(2026, 11, 28),
    )
    _13 = Source(
        'food_measures',
        Text('《食品经营许可和备案管理办法》', 'Measures for the Administration of Food Business Licensing and Filing'),
        Text(
            '2023年，2023-12-01起取代2015年的《食品经营许可管理办法》；国家市场监督管理总局令第78号（令号未核实）',
            '2023, replacing the 2015 measures from 2023-12-01; SAMR Decree No. 78 (number unverified)',
        ),
        None,
        date(2023, 12, 1),
        None,
        None,
    )
    _14 = Source(
        'food_safety_law',
        Text('《中华人民共和国食品安全法》', 'Food Safety Law of the PRC'),
        None,
        None,
        date(2021, 4, 29),
        None,
        None,
    )
    _15 = Source(
        'drug_info_measures',
        Text('《互联网药品信息服务管理办法》', 'Measures for the Administration of Internet Drug Information Services'),
        Text(
            '2004-07-08公布，2017年修订；第2条（提供药品、医疗器械信息的服务均适用）、第3条（有偿和无偿）、第5条（在ICP许可或备案之前取得）已读原文',
            'issued 2004-07-08, revised 2017; Art. 2 (any service providing drug or device information), Art. 3 (paid or free) and Art. 5 (obtained before the ICP licence or filing) read in the text',
        ),
        '原国家食品药品监督管理局令第9号',
        date(2004, 7, 8),
        None,
        None,
    )
    _16 = Source(
        'prepaid_card_order',
        Text(
            '《单用途商业预付卡管理办法（试行）》',
            'Measures for the Administration of Single-purpose Commercial Prepaid Cards (Trial)',
        ),
        Text('2012年', '2012'),
        '商务部令2012年第9号',
        date(2012, 9, 21),
        None,
        None,
    )
    _17 = Source(
        'av_programme_rules',
        Text('《互联网视听节目服务管理规定》', 'Provisions on the Administration of Internet Audio-Visual Programme Services'),
        Text('2007年公布，2015年修订', 'issued 2007, revised 2015'),
        '令第56号',
        date(2007, 12, 20),
        None,
        None,
    )
    _18 = Source(
        'online_publishing_rules',
        Text('《网络出版服务管理规定》', 'Provisions on the Administration of Online Publishing Services'),
        Text('2016-03-10施行', 'in force 2016-03-10'),
        '令第5号',
        date(2016, 3, 10),
        None,
        None,
    )
    _19 = Source(
        'internet_culture_rules',
        Text('《互联网文化管理暂行规定》', 'Interim Provisions on the Administration of Internet Culture'),
        Text('2011年公布，2017年修订', 'issued 2011, revised 2017'),
        '文化部令第51号',
        date(2011, 2, 17),
        None,
        None,
    )
    _20 = Source(
        'culture_2019',
        Text('文化和旅游部办市场发〔2019〕81号', 'Ministry of Culture and Tourism notice 办市场发〔2019〕81号'),
        Text(
            '说明电商直播带货不属于网络表演；2019年（具体日期凭记忆，未核实）',
            'says live-stream selling of goods is not an online performance; 2019 (the exact date from memory, unverified)',
        ),
        None,
        date(2019, 5, 14),
        None,
        None,
    )
    _21 = Source(
        'publishing_regulations',
        Text('《出版管理条例》', 'Regulations on the Administration of Publishing'),
        None,
        None,
        date(2001, 12, 25),
        None,
        None,
    )
    _22 = Source(
        'publication_market_rules',
        Text('《出版物市场管理规定》', 'Provisions on the Administration of the Publications Market'),
        Text('2016年；具体条文序号未核实', '2016; article numbers unverified'),
        '令第10号',
        date(2016, 5, 31),
        None,
        None,
    )
    _23 = Source(
        'cac_news_rules',
        Text('《互联网新闻信息服务管理规定》', 'Provisions on the Administration of Internet News Information Services'),
        Text(
            '2017年公布，2017-06-01施行；名称、令号和日期凭审阅者记忆，条文未读',
            "issued 2017, in force 2017-06-01; name, number and date from the auditor's memory, text not read",
        ),
        '国家互联网信息办公室令第1号',
        date(2017, 5, 2),
        None,
        None,
    )
    _24 = Source(
        'tutoring_rules_2021',
        Text('〔2021年关于校外学科类培训（含线上）的规定〕', '[The 2021 rules on off-campus subject tutoring, online included]'),
        Text(
            '标题为内容概括，指2021年中共中央办公厅、国务院办公厅关于减轻义务教育阶段学生作业负担和校外培训负担的意见，据新闻报道',
            'the title describes the content - the 2021 opinion of the General Offices of the CPC Central Committee and the State Council on reducing homework and off-campus tutoring, via news reports',
        ),
        None,
        date(2021, 7, 24),
        None,
        None,
    )
    _25 = Source(
        'foreign_edi_2015',
        Text('工信部通〔2015〕196号', 'MIIT notice 工信部通〔2015〕196号'),
        Text(
            '放开在线数据处理与交易处理业务（经营类电子商务）外资股比限制的通知',
            'notice lifting the foreign-equity cap on online data and transaction processing (commercial e-commerce)',
        ),
        None,
        date(2015, 6, 19),
        None,
        None,
    )
    _26 = Source(
        'foreign_pilot_2024',
        Text('工信部通信函〔2024〕107号', 'MIIT letter 工信部通信函〔2024〕107号'),
        Text(
            '增值电信业务扩大对外开放试点的通知（2024年4月）；试点自2024-10-23起，首批企业于2025-02-28获批',
            'notice (April 2024) of the pilot opening more value-added telecom services to foreign investment; pilots from 2024-10-23, first company approvals 2025-02-28',
        ),
        None,
        date(2024, 10, 23),
        None,
        None,
    )
    _27 = Source(
        'negative_list',
        Text(
            '《外商投资准入特别管理措施（负面清单）（2024年版）》',
            'Special Administrative Measures on Foreign Investment Access (Negative List) (2024 edition)',
        ),
        Text(
            '国家发展改革委、商务部发布，2024-09-06公布，2024-11-01施行（此前适用旧版）；禁止外商投资互联网新闻信息服务、网络出版服务、网络视听节目服务、互联网文化经营（音乐除外）',
            'issued by NDRC and MOFCOM 2024-09-06, in force 2024-11-01 (earlier editions before that); prohibits foreign investment in internet news, online publishing, online audio-visual programmes and internet culture (music aside)',
        ),
        None,
        date(2024, 9, 6),
        None,
        None,
    )
    _28 = Source(
        'fie_telecom_rules',
        Text(
            '《外商投资电信企业管理规定》',
            'Provisions on the Administration of Foreign-Invested Telecommunications Enterprises',
        ),
        Text(
            '2001年公布；据审阅者记忆经国务院令第777号修订，2022-05-01施行（未核实）',
            "issued 2001; revised by State Council Decree No. 777, in force 2022-05-01, per the auditor's memory (unverified)",
        ),
        '国务院令第333号',
        date(2001, 12, 11),
        None,
        None,
    )
    _29 = Source(
        'ecommerce_law',
        Text('《中华人民共和国电子商务法》', 'E-Commerce Law of the PRC'),
        None,
        None,
        date(2018, 8, 31),
        None,
        None,
    )
    _30 = Source(
        'payment_regulations',
        Text(
            '《非银行支付机构监督管理条例》',
            'Regulations on the Supervision and Administration of Non-bank Payment Institutions',
        ),
        Text(
            '2024-05-01施行；把支付业务分为储值账户运营和支付交易处理，未经许可不得经营',
            'in force 2024-05-01; splits payment business into stored-value account operation and payment transaction processing, neither without a licence',
        ),
        '国务院令第768号',
        date(2024, 5, 1),
        None,
        None,
    )
    _31 = Source(
        'payment_measures_2010',
        Text(
            '《非金融机构支付服务管理办法》',
            'Measures for the Administration of Payment Services of Non-financial Institutions',
        ),
        Text(
            '2010年；把预付卡发行与受理列为支付业务',
            '2010; lists the issuing and acceptance of prepaid cards as payment business',
        ),
        '中国人民银行令〔2010〕第2号',
        date(2010, 6, 14),
        None,
        None,
    )
    _32 = Source(
        'online_catering_measures',
        Text('《网络餐饮服务食品安全监督管理办法》', 'Measures for the Supervision of Food Safety in Online Catering Services'),
        Text(
            '2017年公布，2020年修订；第5条：第三方平台在通信主管部门批准后30个工作日内向省级市场监管部门备案，自建网站的餐饮服务提供者向县级市场监管部门备案（据地方办事指南转述）',
            'issued 2017, revised 2020; Art. 5 - a third-party platform files with the provincial market regulator within 30 working days of the telecom approval, a restaurant on its own site with the county regulator (as local service guides quote it)',
        ),
        '原国家食品药品监督管理总局令第36号',
        date(2017, 11, 6),
        None,
        None,
    )
    _33 = Source(
        'online_diagnosis_rules',
        Text(
            '《互联网诊疗管理办法（试行）》及《互联网诊疗监管细则（试行）》',
            'Measures for Internet Diagnosis and Treatment (Trial) and the supervision rules (Trial)',
        ),
        Text(
            '2018年、2022年；名称和年份凭审阅者记忆，条文未读',
            "2018 and 2022; names and years from the auditor's memory, text not read",
        ),
        None,
        date(2018, 7, 17),
        None,
        None,
    )
    _34 = Source(
        'hosting_provider_docs',
        Text('腾讯云《网站备案》帮助文档', "Tencent Cloud's ICP filing help documents"),
        Text('云服务商帮助文档，行业实践', "a hosting provider's help pages; practice"),
        None,
        None,
        'https://github.com/tencentyun/qcloud-documents',
        date(2026, 11, 28),
    )
    _35 = Source(
        'mps_platform_guide',
        Text('全国互联网安全管理服务平台操作说明', 'Operator guide of the national Internet security management service platform'),
        Text('转载的操作说明（2023-11），行业实践', 'a reproduced operator guide (2023-11); practice'),
        None,
        None,
        None,
        date(2026, 11, 28),
    )
    _36 = Source(
        'wechat_app_filing_guide',
        Text(
            '微信《关于开展微信小程序备案的通知》及开放平台备案接口文档',
            "WeChat's notice on mini-program filing and its Open Platform filing documentation",
        ),
        Text('平台官方通知与文档', "the platform's official notice and documentation"),
        None,
        date(2023, 8, 10),
        'https://developers.weixin.qq.com/doc/oplatform/openApi/miniprogram-management/record/api_applyicpfiling',
        None,
    )
    _37 = Source(
        'douyin_filing_docs',
        Text(
            '抖音开放平台开发者文档「小程序备案」（提交备案信息、人证核验等接口）',
            'Douyin Open Platform developer documentation, 「小程序备案」 (mini-program filing: submitting the filing, identity checks)',
        ),
        Text(
            '平台官方文档：服务商代商家提交小程序备案的接口，含主体证件、负责人证件和人证核验',
            "the platform's official documentation: the interfaces through which a service provider files a mini-program for a merchant, with the entity's and the person in charge's papers and an identity check",
        ),
        None,
        None,
        'https://developer.open-douyin.com/docs/resource/zh-CN/thirdparty/API/smallprogram/auth-app-manage/icp-record/submit-record-info',
        date(2026, 12, 6),
    )
    _38 = Source(
        'baidu_filing_guide',
        Text(
            '百度智能云备案文档《验证备案类型》（百度智能小程序的备案入口）',
            'Baidu AI Cloud filing documentation, 《验证备案类型》 (the filing entry of Baidu smart mini-programs)',
        ),
        Text(
            '平台官方文档，2024-06-07更新：百度智能小程序平台「管理 → 基础设置 → 备案管理」；小程序备案不支持个人备案',
            "the platform's official documentation, updated 2024-06-07: Baidu's smart mini-program platform, 管理 → 基础设置 → 备案管理; mini-program filing is not open to individuals",
        ),
        None,
        date(2024, 6, 7),
        'https://cloud.baidu.com/doc/BeiAn/s/Llm492h9k',
        None,
    )
    _39 = Source(
        'local_service_guides',
        Text(
            '各地政务服务网的办事指南（如湖南省仅销售预包装食品备案指南）',
            "Local government-service guides (e.g. Hunan's guide to filing pre-packaged food sales)",
        ),
        Text('地方官方办事指南', 'local official service guides'),
        None,
        None,
        'http://zwfw-new.hunan.gov.cn/onething/service/serviceguideck.jsp?approve_id=E83712B1288017FFE053671515ACCB79&areacode=431301000000',
        date(2026, 11, 28),
    )
    _40 = Source(
        'online_food_measures',
        Text('《网络食品安全违法行为查处办法》', 'Measures for Investigating Online Food Safety Violations'),
        Text(
            '第8条，据贵州省食药监局2017-01-06的通知及山东（2020）、天津（2016）的规定转述',
            "Art. 8, as relayed by the Guizhou food and drug administration's notice of 2017-01-06 and Shandong (2020) and Tianjin (2016) rules",
        ),
        '原国家食品药品监督管理总局令第27号',
        date(2016, 7, 13),
        None,
        None,
    )
    _41 = Source(
        'drug_online_measures',
        Text('《药品网络销售监督管理办法》', 'Measures for the Supervision of Online Drug Sales'),
        Text('2022-08-03公布，2022-12-01施行；内容据报道转述', 'issued 2022-08-03, in force 2022-12-01; content as reported'),
        '国家市场监督管理总局令第58号',
        date(2022, 8, 3),
        None,
        None,
    )
    _42 = Source(
        'device_business_measures',
        Text('《医疗器械经营监督管理办法》', 'Measures for the Supervision of Medical Device Businesses'),
        Text('2022-05-01施行；令号凭审阅者记忆', "in force 2022-05-01; decree number from the auditor's memory"),
        '国家市场监督管理总局令第54号',
        date(2022, 5, 1),
        None,
        None,
    )
    _43 = Source(
        'device_regulations',
        Text('《医疗器械监督管理条例》', 'Regulations on the Supervision and Administration of Medical Devices'),
        Text(
            '2021-06-01施行；第41条（经营备案及免于备案的目录）、第42条（经营许可）、第46条（网络销售告知）的条文序号凭审阅者记忆，未核实',
            "in force 2021-06-01; Arts. 41 (business filing and the exemption catalogue), 42 (business licence) and 46 (notice of online sales) from the auditor's memory, unverified",
        ),
        '国务院令第739号',
        date(2021, 2, 9),
        None,
        None,
    )
    _44 = Source(
        'device_online_measures',
        Text('《医疗器械网络销售监督管理办法》', 'Measures for the Supervision of Online Sales of Medical Devices'),
        Text(
            '2017-12-20公布，2018-03-01施行；第15条（平台应当取得互联网药品信息服务资格证书）、第16条（平台向省级药品监管部门备案及所交材料）已读原文',
            "issued 2017-12-20, in force 2018-03-01; Art. 15 (a platform must hold the internet drug information certificate) and Art. 16 (the platform's provincial filing and its documents) read in the text",
        ),
        '原国家食品药品监督管理总局令第38号',
        date(2017, 12, 20),
        None,
        None,
    )
    _45 = Source(
        'advertising_law',
        Text('《中华人民共和国广告法》', 'Advertising Law of the PRC'),
        Text(
            '2015-04-24修订，2015-09-01施行；2018、2021年修正',
            'revised 2015-04-24, in force 2015-09-01; amended 2018 and 2021',
        ),
        None,
        date(2015, 4, 24),
        None,
        None,
    )
    _46 = Source(
        'ad_review_measures',
        Text(
            '《药品、医疗器械、保健食品、特殊医学用途配方食品广告审查管理暂行办法》',
            'Interim Measures for the Review of Advertisements for Drugs, Medical Devices, Health Foods and Foods for Special Medical Purposes',
        ),
        Text(
            '2019年公布，2020-03-01施行；第2条（未经审查不得发布）已读原文，其余条文序号凭审阅者记忆，未核实',
            "issued 2019, in force 2020-03-01; Art. 2 (no publication without review) read in the text, other article numbers from the auditor's memory, unverified",
        ),
        '国家市场监督管理总局令第21号',
        date(2020, 3, 1),
        None,
        None,
    )
    _47 = Source(
        'internet_ad_measures',
        Text('《互联网广告管理办法》', 'Measures for the Administration of Internet Advertising'),
        Text(
            '2023年公布，2023-05-01施行；自己的商品页面是否属于互联网广告未核实',
            "issued 2023, in force 2023-05-01; whether one's own product pages are internet ads is unverified",
        ),
        '国家市场监督管理总局令第72号',
        date(2023, 2, 25),
        None,
        None,
    )
    _48 = Source(
        'anti_pyramid_regulations',
        Text('《禁止传销条例》', 'Regulations on Prohibiting Pyramid Selling'),
        Text(
            '2005年公布，2005-11-01施行；第7条列举的传销行为（为拉人头付酬、交入门费、按下线销售计酬）据实务转述，条文序号凭审阅者记忆',
            "issued 2005, in force 2005-11-01; the pyramid forms Art. 7 lists (pay for recruits, entry fees, pay on downline sales) as practice relays them, article number from the auditor's memory",
        ),
        '国务院令第444号',
        date(2005, 8, 23),
        None,
        None,
    )
    _49 = Source(
        'pyramid_opinion_2013',
        Text(
            '〔2013年最高人民法院、最高人民检察院、公安部关于传销刑事案件的意见〕',
            "[The 2013 opinion of the Supreme People's Court, Supreme People's Procuratorate and Ministry of Public Security on pyramid-selling crimes]",
        ),
        Text(
            '按内容描述；刑事追诉标准为三级以上、三十人以上，据实务转述，原文未读',
            'described by content; criminal threshold of three or more tiers and thirty or more persons, as practice relays it; text not read',
        ),
        None,
        date(2013, 11, 14),
        None,
        None,
    )
    _50 = Source(
        'customs_notice_194',
        Text(
            '《关于跨境电子商务零售进出口商品有关监管事宜的公告》',
            'Announcement on the supervision of cross-border e-commerce retail imports and exports',
        ),
        Text(
            '2018年，2019-01-01施行；参与跨境电商零售进出口业务的企业须向海关办理注册登记（境外电商企业委托境内代理人办理）',
            '2018, in force 2019-01-01; enterprises taking part in cross-border e-commerce retail imports and exports register with customs (an overseas e-commerce company through its domestic agent)',
        ),
        '海关总署公告2018年第194号',
        date(2018, 12, 10),
        None,
        None,
    )
    _51 = Source(
        'customs_registration_rules',
        Text('《中华人民共和国海关报关单位备案管理规定》', 'Customs Provisions on the Filing of Declaring Entities'),
        Text(
            '2022-01-01施行，注册登记改为备案；令号和日期凭审阅者记忆，未核实',
            "in force 2022-01-01, registration became a filing; number and date from the auditor's memory, unverified",
        ),
        '海关总署令第253号',
        date(2022, 1, 1),
        None,
        None,
    )
    _52 = Source(
        'mofcom_486',
        Text('商财发〔2018〕486号', 'MOFCOM notice 商财发〔2018〕486号'),
        Text(
            '跨境电商零售进口监管的通知，按文号引用；内容未核实',
            'notice on the supervision of cross-border e-commerce retail imports, cited by number; content unverified',
        ),
        None,
        date(2018, 11, 28),
        None,
        None,
    )
    _53 = Source(
        'admin_licensing_law',
        Text('《中华人民共和国行政许可法》', 'Administrative Licensing Law of the PRC'),
        Text(
            '行政机关实施行政许可不得收费，法律、行政法规另有规定的除外；条文序号未见原文',
            'no fee for granting a licence unless a law or administrative regulation provides one; article number not seen in the text',
        ),
        None,
        date(2019, 4, 23),
        None,
        None,
    )
    _54 = Source(
        'cybersecurity_law',
        Text('《中华人民共和国网络安全法》', 'Cybersecurity Law of the PRC'),
        Text(
            '2016-11-07公布，2017-06-01施行；第21条：国家实行网络安全等级保护制度；此后的修正情况未核实',
            'issued 2016-11-07, in force 2017-06-01; Art. 21 - the state applies a graded protection scheme to networks; later amendments unverified',
        ),
        None,
        date(2016, 11, 7),
        None,
        None,
    )
    _55 = Source(
        'mlps_measures',
        Text('《信息安全等级保护管理办法》', 'Measures for the Graded Protection of Information Security'),
        Text(
            '公安部等四部门发布；第二级以上的信息系统在定级后30日内到所在地设区的市级以上公安机关备案；文号、日期和条文内容凭审阅者记忆，未核实',
            "issued by the Ministry of Public Security and three other departments; systems graded level 2 or above file with the public security authorities of the city within 30 days of grading; number, date and content from the auditor's memory, unverified",
        ),
        '公通字〔2007〕43号',
        date(2007, 6, 22),
        None,
        None,
    )
    _56 = Source(
        'algorithm_rules',
        Text(
            '《互联网信息服务算法推荐管理规定》',
            'Provisions on the Administration of Algorithmic Recommendation in Internet Information Services',
        ),
        Text(
            '国家网信办等四部门发布，2022-03-01施行；具有舆论属性或者社会动员能力的算法推荐服务提供者，在提供服务之日起10个工作日内通过算法备案系统备案；公布日期和条文序号（第24条）凭审阅者记忆，未核实',
            "issued by the CAC and three other departments, in force 2022-03-01; providers with public-opinion attributes or social-mobilisation capacity file in the algorithm filing system within 10 working days of starting the service; the publication date and the article number (Art. 24) from the auditor's memory, unverified",
        ),
        None,
        date(2021, 12, 31),
        None,
        None,
    )
    _57 = Source(
        'live_notice_2020',
        Text(
            '《国家广播电视总局关于加强网络秀场直播和电商直播管理的通知》',
            'NRTA notice on strengthening the management of online show and e-commerce live streaming',
        ),
        Text(
            '开办网络秀场直播或电商直播的平台在全国网络视听平台信息登记管理系统中登记；标题、日期和内容凭审阅者记忆，未核实',
            "platforms running show or e-commerce live streaming register in the national online audio-visual platform information registration system; title, date and content from the auditor's memory, unverified",
        ),
        '广电发〔2020〕78号',
        date(2020, 11, 12),
        None,
        None,
    )
    _58 = Source(
        'live_service_rules',
        Text('《互联网直播服务管理规定》', 'Provisions on the Administration of Internet Live-Streaming Services'),
        Text(
            '国家网信办2016年发布，2016-12-01施行；直播平台向网信部门备案的要求凭审阅者记忆，未核实',
            "issued by the CAC in 2016, in force 2016-12-01; the platforms' filing with the CAC from the auditor's memory, unverified",
        ),
        None,
        date(2016, 11, 4),
        None,
        None,
    )
    _59 = Source(
        'online_trade_measures',
        Text('《网络交易监督管理办法》', 'Measures for the Supervision and Administration of Online Transactions'),
        Text(
            '2021-05-01施行；第7条（以社交、直播等工具提供网络经营场所的视为平台）、第24条（每六个月核验更新入驻经营者信息）、第25条（每年两次报送平台内经营者信息）凭审阅者记忆，未核实',
            "in force 2021-05-01; Art. 7 (social or live tools offering a place to trade count as platforms), Art. 24 (re-verify merchants every six months), Art. 25 (report merchants' data twice a year) from the auditor's memory, unverified",
        ),
        '国家市场监督管理总局令第37号',
        date(2021, 3, 15),
        None,
        None,
    )
    _60 = Source(
        'consumer_law',
        Text('《中华人民共和国消费者权益保护法》', 'Law of the PRC on the Protection of Consumer Rights and Interests'),
        Text(
            '2013年修正，2014-03-15施行；第25条（网购七日无理由退货）凭审阅者记忆，未核实',
            "amended 2013, in force 2014-03-15; Art. 25 (seven-day no-reason returns for online purchases) from the auditor's memory, unverified",
        ),
        None,
        date(2013, 10, 25),
        None,
        None,
    )
    _61 = Source(
        'data_security_regulations',
        Text('《网络数据安全管理条例》', 'Regulations on Network Data Security Management'),
        Text(
            '2025-01-01施行；令号和施行日期凭审阅者记忆，未核实',
            "in force 2025-01-01; decree number and date from the auditor's memory, unverified",
        ),
        '国务院令第790号',
        date(2024, 9, 30),
        None,
        None,
    )
    _62 = Source(
        'pi_audit_measures',
        Text('《个人信息保护合规审计管理办法》', 'Measures for Personal Information Protection Compliance Audits'),
        Text(
            '国家网信办发布，2025-05-01施行；日期凭审阅者记忆，未核实',
            "issued by the CAC, in force 2025-05-01; dates from the auditor's memory, unverified",
        ),
        None,
        date(2025, 2, 14),
        None,
        None,
    )
    _63 = Source(
        'minors_online_regulations',
        Text('《未成年人网络保护条例》', 'Regulations on the Protection of Minors Online'),
        Text(
            '2024-01-01施行；令号和日期凭审阅者记忆，未核实',
            "in force 2024-01-01; decree number and date from the auditor's memory, unverified",
        ),
        '国务院令第766号',
        date(2023, 10, 24),
        None,
        None,
    )
    _64 = Source(
        'live_ecommerce_measures_2026',
        Text('《直播电商监督管理办法》', 'Measures for the Supervision and Administration of Live-Stream E-commerce'),
        Text(
            '市场监管总局、国家网信办2026-01-07公布（据新闻报道）；施行日期未核实',
            'published 2026-01-07 by SAMR and the CAC (per news reports); the date it takes effect is unverified',
        ),
        None,
        date(2026, 1, 7),
        None,
        None,
    )
    _65 = Source(
        'platform_rules_measures_2026',
        Text(
            '《网络交易平台规则监督管理办法》',
            'Measures for the Supervision and Administration of Online Trading Platform Rules',
        ),
        Text(
            '市场监管总局、国家网信办2026-01-07公布（据新闻报道）；施行日期未核实',
            'published 2026-01-07 by SAMR and the CAC (per news reports); the date it takes effect is unverified',
        ),
        None,
        date(2026, 1, 7),
        None,
        None,
    )
    return Rulebook(
        'wechat-mall',
        '1.4.2',
        date(2026, 12, 7),
        Text('微信微商城的备案与许可证', 'Filings and licences for a WeChat micro-mall'),
        Text(
            '本报告依据公开资料整理的规则自动生成，仅供参考，不构成法律意见。各省通信管理局的执行口径可能不同，办理前请向当地通信管理局或专业律师确认。',
            'This report is generated from rules compiled from public sources. It is for information only and is not legal advice. Provincial communications administrations may apply the rules differently; confirm with your local administration or a qualified lawyer before you file.',
        ),
        '3f32874e4f9dec90b38df6cf957475c3089106c11d94d2300e53c6963b19ef95',
        path,
        (
            _0,
            _1,
            _2,
            _3,
            _4,
            _5,
            _6,
            _7,
            _8,
            _9,
            _10,
            _11,
            _12,
            _13,
            _14,
            _15,
            _16,
            _17,
            _18,
            _19,
            _20,
            _21,
            _22,
            _23,
            _24,
            _25,
            _26,
            _27,
            _28,
            _29,
            _30,
            _31,
            _32,
            _33,
            _34,
            _35,
            _36,
            _37,
            _38,
            _39,
            _40,
            _41,
            _42,
            _43,
            _44,
            _45,
            _46,
            _47,
            _48,
            _49,
            _50,
            _51,
            _52,
            _53,
            _54,
            _55,
            _56,
            _57,
            _58,
            _59,
            _60,
            _61,
            _62,
            _63,
            _64,
            _65,
        ),
        (
            Question(
                'sells_own_goods',
                'yes_no',
                Text(
                    '你是否在商城里以自己的名义销售商品或服务（包括自己的商品，或从别处进货后以自己名义转售的商品）？',
                    'Do you sell goods or services in the mall under your own name (your own products, or goods you buy in and resell as the seller)?',
                ),
                Text(
                    '以自己的名义卖货（无论货品是否自产）一般不属于增值电信业务。',
                    'Selling under your own name, whoever made the goods, is generally not a value-added telecom service.',
                ),
                (),
                None,
                None,
            ),
            Question(
                'third_party_sellers',
                'yes_no',
                Text(
                    '是否有其他商家或个人以他们自己的名义在你的商城里开店或销售（入驻）？',
                    'Do other businesses or people sell in your mall under their own name (as merchants on your platform)?',
                ),
                Text(
                    '只要有他人以自己名义入驻销售，商城就带有交易平台的性质。',
                    'Once others sell under their own name, the mall works as a trading platform.',
                ),
                (),
                None,
                None,
            ),
            Question(
                'charges_sellers',
                'yes_no',
                Text(
                    '你是否向入驻商家收取技术服务费、平台管理费、年费或佣金等费用？',
                    'Do you charge those sellers technical-service, platform-management, annual or commission fees?',
                ),
                Text(
                    '向商家收取的任何平台类费用都算；仅代收货款不算。',
                    "Any platform-type fee charged to sellers counts; merely passing on buyers' payments does not.",
                ),
                (),
                Compare('third_party_sellers', 'is', True),
                None,
            ),
            Question(
                'paid_content',
                'yes_no',
                Text(
                    '你是否向用户收费提供信息内容（付费文章、课程、VIP内容、付费问答等）？',
                    'Do you charge users for information (paid articles, courses, VIP content, paid Q&A and the like)?',
                ),
                Text(
                    '关键在于是否为“信息”本身收费，卖实物商品不算。',
                    'What matters is charging for information itself; selling physical goods does not count.',
                ),
                (),
                None,
                None,
            ),
            Question(
                'channels',
                'many_of',
                Text(
                    '你的商城通过哪些渠道对外提供？（可多选）',
                    'Through which channels does your mall reach customers? (choose all that apply)',
                ),
                Text(
                    '只用公众号、没有自己的域名和小程序的，选“只有公众号”；公众号菜单链接到你自己域名上的H5商城的，选“自有域名上的网站或H5页面”。未回答时沿用《微信微商城需要ICP证吗?》一文的假设：商城有自己的网站（自有域名）。',
                    'With an Official Account only, and no domain or mini-program of your own, choose "Only an Official Account"; if its menu links to an H5 shop on your own domain, choose "A website or H5 pages on a domain you own". If you do not answer, icpcheck follows the article "Does a WeChat micro-mall need an ICP licence?" and assumes that the mall has its own site (own domain).',
                ),
                (
                    Choice(
                        'mini_program',
                        Text(
                            '自己的小程序或App（即使由有赞、微盟等SaaS搭建）',
                            'Its own mini-program or App (even if a SaaS such as Youzan or Weimob built it)',
                        ),
                        False,
                    ),
                    Choice(
                        'own_domain',
                        Text(
                            '自有域名上用户可以直接打开的网站或H5页面（包括公众号菜单链接的H5商城）',
                            'A website or H5 pages on a domain you own that users open directly (an H5 shop linked from an Official Account included)',
                        ),
                        False,
                    ),
                    Choice(
                        'saas_storefront',
                        Text(
                            '仅在SaaS平台域名下的店铺页面（没有自己的域名和小程序）',
                            "Only a shop page under a SaaS provider's own domain (no domain or mini-program of your own)",
                        ),
                        False,
                    ),
                    Choice(
                        'backend_domain',
                        Text(
                            '自有域名只用作小程序或App的后台服务器（接口）域名，用户不直接访问',
                            'A domain you own used only as the backend (API) server of your mini-program or App, never opened by users',
                        ),
                        False,
                    ),
                    Choice(
                        'official_account',
                        Text(
                            '只有公众号（文章、菜单、公众号内的微信小店等），没有自己的小程序、网站或H5页面',
                            'Only an Official Account (articles, menus, a WeChat shop inside it), with no mini-program, website or H5 pages of your own',
                        ),
                        False,
                    ),
                ),
                None,
                ('own_domain',),
            ),
            Question(
                'platforms',
                'many_of',
                Text(
                    '你的小程序发布在哪些平台？（可多选）',
                    'On which platforms is your mini-program published? (choose all that apply)',
                ),
                Text(
                    '每个平台上的小程序各有自己的AppID，要在各平台分别以你的名义备案；类目审核也由各平台自己规定。只有独立App、没有小程序的，选“其他平台，或独立App”。未回答时按只在微信发布处理。',
                    'A mini-program has its own AppID on each platform and is filed in your name on each platform separately; each platform also has its own category review. With a stand-alone App and no mini-program, choose "Another platform, or a stand-alone App". If you do not answer, icpcheck assumes WeChat only.',
                ),
                (
                    Choice('wechat', Text('微信', 'WeChat'), False),
                    Choice('alipay', Text('支付宝', 'Alipay'), False),
                    Choice('douyin', Text('抖音（字节跳动）', 'Douyin (ByteDance)'), False),
                    Choice('baidu', Text('百度', 'Baidu'), False),
                    Choice('kuaishou', Text('快手', 'Kuaishou'), False),
                    Choice(
                        'other',
                        Text(
                            '其他平台（小程序或快应用），或独立App',
                            'Another platform (a mini-program or quick app), or a stand-alone App',
                        ),
                        False,
                    ),
                ),
                Compare('channels', 'has', 'mini_program'),
                ('wechat',),
            ),
            Question(
                'goods',
                'many_of',
                Text(
                    '你以自己名义销售的商品中，有没有以下几类？（可多选）',
                    'Do the goods you sell under your own name include any of these? (choose all that apply)',
                ),
                Text(
                    '食品、药品和医疗器械、图书音像各有自己的许可或备案。未回答时沿用《微信微商城需要ICP证吗?》一文的假设：只卖普通商品。',
                    'Food, drugs and medical devices, and books and AV products each have a licence or filing of their own. If you do not answer, icpcheck follows the article "Does a WeChat micro-mall need an ICP licence?" and assumes ordinary goods only.',
                ),
                (
                    Choice(
                        'general_goods',
                        Text(
                            '以下都没有：只有普通商品（如服装、数码产品）',
                            'None of these: ordinary goods only (clothes, electronics and the like)',
                        ),
                        True,
                    ),
                    Choice(
                        'prepackaged_food',
                        Text(
                            '预包装食品（出厂时已包装好、标签齐全的食品）',
                            'Pre-packaged food (food packed and labelled before it reaches you)',
                        ),
                        False,
                    ),
                    Choice(
                        'other_food',
                        Text(
                            '预包装以外的食品（如自制蛋糕、散装或现做食品）',
                            'Food other than pre-packaged (cakes you make, loose or freshly made food)',
                        ),
                        False,
                    ),
                    Choice(
                        'drugs_devices',
                        Text('药品或医疗器械（或发布其信息）', 'Drugs or medical devices (or information about them)'),
                        False,
                    ),
                    Choice(
                        'books_av',
                        Text('实体图书、报刊或音像制品', 'Physical books, periodicals or audio-video products'),
                        False,
                    ),
                    Choice(
                        'fresh_produce',
                        Text(
                            '食用农产品（如新鲜蔬菜、水果等未经加工的农产品）',
                            'Edible farm produce (fresh vegetables, fruit and other unprocessed farm products)',
                        ),
                        False,
                    ),
                    Choice(
                        'cross_border_import',
                        Text(
                            '通过跨境电商零售进口的商品（保税仓发货或海外直邮）',
                            'Goods imported through cross-border e-commerce retail (shipped from a bonded warehouse or directly from abroad)',
                        ),
                        False,
                    ),
                ),
                Compare('sells_own_goods', 'is', True),
                ('general_goods',),
            ),
            Question(
                'activities',
                'many_of',
                Text('你的商城还做以下哪些事？（可多选）', 'Does the mall also do any of these? (choose all that apply)'),
                Text(
                    '每一项都可能带来另外的许可或备案。未回答时沿用《微信微商城需要ICP证吗?》一文的假设：都没有。',
                    'Each of these can bring a licence or filing of its own. If you do not answer, icpcheck follows the article "Does a WeChat micro-mall need an ICP licence?" and assumes none of them.',
                ),
                (
                    Choice('none', Text('以下都没有', 'None of these'), True),
                    Choice(
                        'prepaid_cards',
                        Text(
                            '发售储值卡、预付卡或会员卡充值（含电子卡）',
                            'Sells stored-value or prepaid cards, or top-ups (virtual cards included)',
                        ),
                        False,
                    ),
                    Choice(
                        'ad_slots',
                        Text(
                            '向其他品牌出售广告位、推荐位或商品展示位',
                            'Sells ad slots, recommendation spots or listings to other brands',
                        ),
                        False,
                    ),
                    Choice(
                        'paid_membership',
                        Text(
                            '收费会员，但会员只享受商品折扣等优惠（没有付费内容）',
                            'A paid membership that only gives discounts or perks on goods (no paid content)',
                        ),
                        False,
                    ),
                    Choice('live_selling', Text('直播带货（直播销售商品）', 'Live-stream selling of goods'), False),
                    Choice(
                        'live_performance',
                        Text(
                            '自己运营直播平台，主播或表演者在平台上表演，用户可以打赏或购买虚拟礼物',
                            'Runs its own live-stream platform where hosts or performers perform and users can tip or buy virtual gifts',
                        ),
                        False,
                    ),
                    Choice(
                        'community',
                        Text('用户评价、问答、论坛或用户之间的聊天', 'User reviews, Q&A, forums or chat between users'),
                        False,
                    ),
                    Choice(
                        'media',
                        Text(
                            '发布视频节目、电子书/有声书、新闻、教育、医疗健康信息或药品医疗器械信息（无论是否收费）',
                            'Publishes video programmes, e-books or audio books, news, education, health information or information on drugs and medical devices (paid or free)',
                        ),
                        False,
                    ),
                    Choice(
                        'distribution',
                        Text(
                            '分销：他人推广你的商品并拿佣金（分销员、推客等）',
                            'Distribution (分销): others promote your goods for a commission (distributors, referrers)',
                        ),
                        False,
                    ),
                    Choice(
                        'algorithm_content',
                        Text(
                            '用算法推荐或排序用户发布的内容（评价、帖子、短视频、直播间等），或有热搜、榜单、话题',
                            'Algorithms recommend or rank content users post (reviews, posts, short videos, live rooms), or there are trending lists, rankings or topics',
                        ),
                        False,
                    ),
                    Choice(
                        'algorithm_goods',
                        Text(
                            '用算法向每个用户个性化推荐商品（“猜你喜欢”等）',
                            'Algorithms recommend goods to each user ("you may also like")',
                        ),
                        False,
                    ),
                ),
                None,
                ('none',),
            ),
            Question(
                'content_kinds',
                'many_of',
                Text(
                    '你提供的信息或媒体内容属于哪些类型？（可多选）',
                    'What kinds of information or media do you offer? (choose all that apply)',
                ),
                Text(
                    '视听节目、网络出版物、新闻、教育培训、医疗保健信息和药品医疗器械信息各有专门的许可或审批。课程只在两处选：面向成人的付费录播课程只选“录播视频课程”；直播课、辅导，以及面向中小学生的学科类课程（录播的也算），选“在线教育或培训”。未回答时按“图文、文章、音频或问答”处理。',
                    'Audio-visual programmes, online publications, news, teaching and training, health information and information on drugs or devices each have a licence or approval of their own. Courses are chosen in two places only: paid recorded courses for adults are "Recorded video courses" alone; live classes, tutoring, and K-12 subject courses (recorded ones too) are "Online teaching or training". If you do not answer, icpcheck assumes articles, posts, audio or Q&A.',
                ),
                (
                    Choice(
                        'articles_courses',
                        Text('图文、文章、音频或问答（不属于以下各类）', 'Articles, posts, audio or Q&A (none of the kinds below)'),
                        True,
                    ),
                    Choice(
                        'video_programmes',
                        Text(
                            '视听节目（视频节目、影视剧等）',
                            'Audio-visual programmes (video shows, films, series and the like)',
                        ),
                        False,
                    ),
                    Choice(
                        'edited_ebooks',
                        Text(
                            '经过编辑加工的电子书或有声书（具有出版特征的作品）',
                            'Edited e-books or audio books (works with the features of a publication)',
                        ),
                        False,
                    ),
                    Choice(
                        'video_courses',
                        Text(
                            '录播视频课程（讲课、教程，不是影视或节目；面向成人的付费录播课选这一项）',
                            'Recorded video courses (lectures, tutorials; not shows or films - paid recorded courses for adults)',
                        ),
                        False,
                    ),
                    Choice('news', Text('新闻信息服务', 'News information services'), False),
                    Choice(
                        'education',
                        Text(
                            '在线教育或培训：直播课、辅导，或面向中小学生的学科类课程（录播的也算）',
                            'Online teaching or training: live classes, tutoring, or K-12 subject courses (recorded ones too)',
                        ),
                        False,
                    ),
                    Choice(
                        'news_publishing_education',
                        Text('新闻、出版或教育，还不确定属于哪一类', 'News, publishing or education, not yet sure which'),
                        False,
                    ),
                    Choice(
                        'medical_info',
                        Text(
                            '医疗保健信息服务（如健康咨询）',
                            'Medical or health-care information services (health advice and the like)',
                        ),
                        False,
                    ),
                    Choice(
                        'drug_device_info',
                        Text(
                            '药品或医疗器械信息（产品介绍、说明书、用法等，自己不销售）',
                            'Information on drugs or medical devices (product descriptions, leaflets, usage; not selling them yourself)',
                        ),
                        False,
                    ),
                ),
                AnyOf((Compare('paid_content', 'is', True), Compare('activities', 'has', 'media'))),
                ('articles_courses',),
            ),
            Question(
                'wechat_only',
                'yes_no',
                Text(
                    '你的业务是否只在微信里运行（小程序或公众号），没有用户可以直接访问的独立网站或App？',
                    'Does the business run only inside WeChat (a mini-program or Official Account), with no website or App of your own that users reach directly?',
                ),
                Text(
                    '有些省通信管理局认为只在小程序/公众号内经营、没有独立平台的，不需要增值电信业务许可证；微信自己的类目审核另有要求。未回答时沿用《微信微商城需要ICP证吗?》一文的假设：有自己的网站。',
                    'Some provincial administrations say a business run only in a mini-program or Official Account, with no independent platform, needs no value-added telecom licence; WeChat\'s own category review asks for more. If you do not answer, icpcheck follows the article "Does a WeChat micro-mall need an ICP licence?" and assumes a site of your own.',
                ),
                (),
                AnyOf(
                    (
                        Compare('third_party_sellers', 'is', True),
                        Compare('paid_content', 'is', True),
                        Compare('activities', 'has_any', frozenset(('ad_slots', 'paid_membership'))),
                    ),
                ),
                False,
            ),
            Question(
                'foreign_equity',
                'one_of',
                Text(
                    '你的公司有没有境外（外国或港澳台）投资者持股？',
                    'Do foreign investors (including Hong Kong, Macao or Taiwan) hold shares in your company?',
                ),
                Text(
                    '外资可以经营哪些增值电信业务、持股上限多少，各类业务不同。未回答时沿用《微信微商城需要ICP证吗?》一文的假设：纯内资公司。',
                    'Which value-added telecom services foreign investors may run, and up to what share, differs by service. If you do not answer, icpcheck follows the article "Does a WeChat micro-mall need an ICP licence?" and assumes a wholly domestic company.',
                ),
                (
                    Choice('none', Text('没有，纯内资', 'None, wholly domestic'), False),
                    Choice('minority', Text('有，合计不超过50%', 'Yes, 50% or less in total'), False),
                    Choice('majority', Text('有，合计超过50%', 'Yes, more than 50% in total'), False),
                ),
                AnyOf(
                    (
                        Compare('third_party_sellers', 'is', True),
                        Compare('paid_content', 'is', True),
                        Compare(
                            'activities',
                            'has_any',
                            frozenset(('ad_slots', 'live_performance', 'media', 'paid_membership')),
                        ),
                    ),
                ),
                'none',
            ),
            Question(
                'province',
                'one_of',
                Text(
                    '经营主体注册在哪个省（自治区、直辖市）？',
                    'In which province (or municipality) is the operating company registered?',
                ),
                Text(
                    '只在微信内经营是否需要许可证，各省口径不同；外资试点地区也按地方划定。未回答时沿用《微信微商城需要ICP证吗?》一文的假设：不依赖任何省的特别口径。',
                    'Whether a WeChat-only business needs a licence differs by province, and the foreign-investment pilot areas are local. If you do not answer, icpcheck follows the article "Does a WeChat micro-mall need an ICP licence?" and assumes no province\'s special reading.',
                ),
                (
                    Choice('anhui', Text('安徽', 'Anhui'), False),
                    Choice('henan', Text('河南', 'Henan'), False),
                    Choice('beijing', Text('北京', 'Beijing'), False),
                    Choice('shanghai', Text('上海', 'Shanghai'), False),
                    Choice('hainan', Text('海南', 'Hainan'), False),
                    Choice('guangdong', Text('广东', 'Guangdong'), False),
                    Choice('other', Text('其他省份', 'Another province'), False),
                ),
                AnyOf((Compare('wechat_only', 'is', True), Compare('foreign_equity', 'eq', 'majority'))),
                'other',
            ),
            Question(
                'registered_in_pilot',
                'yes_no',
                Text(
                    '公司是否注册在2024年增值电信对外开放试点地区：北京市服务业扩大开放综合示范区、上海自由贸易试验区临港新片区或浦东新区（社会主义现代化建设引领区）、海南自由贸易港、深圳中国特色社会主义先行示范区？',
                    "Is the company registered in a 2024 pilot area for foreign investment in value-added telecom - Beijing's comprehensive services-opening demonstration zone, Shanghai FTZ Lingang or Pudong (the socialist modernisation pilot zone), Hainan Free Trade Port, or Shenzhen's pilot demonstration zone?",
                ),
                Text(
                    '试点只放开信息发布平台和递送服务、信息保护和处理服务，且每家公司须取得工信部的试点批复。',
                    "The pilot opens only information publishing and delivery, and information protection and processing, and each company needs MIIT's pilot approval.",
                ),
                (),
                All(
                    (
                        Compare('foreign_equity', 'eq', 'majority'),
                        Compare('province', 'in', frozenset(('beijing', 'guangdong', 'hainan', 'shanghai'))),
                    ),
                ),
                None,
            ),
            Question(
                'users_where',
                'one_of',
                Text('你的业务只面向一个省的用户，还是跨省经营？', 'Do you serve users in one province only, or across provinces?'),
                Text(
                    '决定许可证向哪里申请、注册资本要多少。未回答时两种情况都列出。',
                    'This decides where you apply for a licence and how much registered capital you need. If you do not answer, icpcheck lists both.',
                ),
                (
                    Choice('one_province', Text('只在一个省', 'One province only'), False),
                    Choice('several_provinces', Text('跨省或全国', 'Several provinces or nationwide'), False),
                    Choice('not_sure', Text('还没确定', 'Not decided yet'), False),
                ),
                AnyOf(
                    (
                        Compare('third_party_sellers', 'is', True),
                        Compare('paid_content', 'is', True),
                        Compare('activities', 'has_any', frozenset(('ad_slots', 'paid_membership'))),
                    ),
                ),
                'not_sure',
            ),
            Question(
                'operator',
                'one_of',
                Text('商城由谁经营？', 'Who runs the mall?'),
                Text(
                    'ICP和EDI许可证只发给公司；单用途预付卡备案针对企业法人；境外主体不能办理域名备案。未回答时按原文的假设处理：境内注册的公司。',
                    'ICP and EDI licences are granted only to companies; the prepaid-card filing covers incorporated enterprises; an overseas entity cannot file a domain. If you do not answer, icpcheck assumes, as the article does, a company registered in mainland China.',
                ),
                (
                    Choice(
                        'company',
                        Text(
                            '在中国境内注册的公司（企业法人）',
                            'A company registered in mainland China (an incorporated enterprise)',
                        ),
                        False,
                    ),
                    Choice('sole_trader', Text('个体工商户', 'A registered sole trader (个体工商户)'), False),
                    Choice('individual', Text('个人（没有营业执照）', 'An individual without a business licence'), False),
                    Choice(
                        'overseas',
                        Text('境外主体，在中国境内没有公司', 'An entity outside mainland China with no company in it'),
                        False,
                    ),
                ),
                AnyOf(
                    (
                        Compare('third_party_sellers', 'is', True),
                        Compare('paid_content', 'is', True),
                        Compare(
                            'activities',
                            'has_any',
                            frozenset(('ad_slots', 'live_performance', 'paid_membership', 'prepaid_cards')),
                        ),
                        Compare('channels', 'has_any', frozenset(('backend_domain', 'own_domain'))),
                    ),
                ),
                'company',
            ),
            Question(
                'merchant_goods',
                'many_of',
                Text(
                    '入驻商家在你的平台上销售的商品中，有没有以下几类？（可多选）',
                    'Do the merchants on your platform sell any of these? (choose all that apply)',
                ),
                Text(
                    '商家卖食品、药品或医疗器械的，平台自己也有备案义务，并要核验商家的许可证。未回答时按只有普通商品处理，报告中会标明这是假设。',
                    "When merchants sell food, drugs or medical devices, the platform has filings of its own, and it must check its merchants' licences. If you do not answer, icpcheck assumes ordinary goods only, and the report marks that as assumed.",
                ),
                (
                    Choice('general_goods', Text('以下都没有：只有普通商品', 'None of these: ordinary goods only'), True),
                    Choice('food', Text('食品', 'Food'), False),
                    Choice(
                        'restaurant_meals',
                        Text('餐饮外卖（餐馆现做的饭菜）', 'Restaurant meals (dishes cooked to order)'),
                        False,
                    ),
                    Choice('drugs', Text('药品', 'Drugs'), False),
                    Choice('medical_devices', Text('医疗器械', 'Medical devices'), False),
                    Choice('books_av', Text('图书、报刊或音像制品', 'Books, periodicals or audio-video products'), False),
                ),
                Compare('third_party_sellers', 'is', True),
                ('general_goods',),
            ),
            Question(
                'food_producer',
                'yes_no',
                Text(
                    '你销售的食品是否全部是你自己持食品生产许可证生产的产品？',
                    'Is all the food you sell made by you under your own food production licence?',
                ),
                Text(
                    '持证的食品生产者销售自己生产的食品，不需要另办食品经营许可或备案。未回答时按“否”处理：你是经销商。',
                    'A licensed food producer selling its own products needs no separate food business licence or filing. If you do not answer, icpcheck assumes no (you resell food).',
                ),
                (),
                Compare('goods', 'has_any', frozenset(('other_food', 'prepackaged_food'))),
                False,
            ),
            Question(
                'drug_device_kinds',
                'many_of',
                Text('你涉及哪些药品或医疗器械？（可多选）', 'Which drugs or medical devices are involved? (choose all that apply)'),
                Text(
                    '卖药品要有药品经营许可；医疗器械按类别：第一类不需要许可或备案，第二类备案，第三类许可。未回答时按“不确定”处理，相关各项列为待核实。',
                    'Selling drugs needs a drug business licence; devices go by class - Class I needs neither licence nor filing, Class II a filing, Class III a licence. If you do not answer, icpcheck assumes "not sure" and puts these under review.',
                ),
                (
                    Choice(
                        'drugs',
                        Text('销售药品（非处方药或处方药）', 'Selling drugs (over the counter or prescription)'),
                        False,
                    ),
                    Choice('device_class_1', Text('销售第一类医疗器械', 'Selling Class I medical devices'), False),
                    Choice('device_class_2', Text('销售第二类医疗器械', 'Selling Class II medical devices'), False),
                    Choice(
                        'device_class_2_exempt',
                        Text(
                            '销售第二类医疗器械，且全部列在免于经营备案的产品目录内',
                            'Selling Class II medical devices, all of them on the catalogue exempt from the business filing',
                        ),
                        False,
                    ),
                    Choice('device_class_3', Text('销售第三类医疗器械', 'Selling Class III medical devices'), False),
                    Choice(
                        'info_only',
                        Text('只发布药品或医疗器械信息，不销售', 'Only information about drugs or devices, no sales'),
                        True,
                    ),
                    Choice('not_sure', Text('不确定', 'Not sure'), False),
                ),
                Compare('goods', 'has', 'drugs_devices'),
                ('not_sure',),
            ),
            Question(
                'card_scope',
                'one_of',
                Text('你发售的卡里的钱可以在哪里使用？', 'Where can the value on your cards be spent?'),
                Text(
                    '只能在本企业（或本集团、同一品牌）使用的是单用途预付卡；能在其他不相关商户使用的是多用途预付卡，属于支付业务。未回答时按只能在本企业使用处理。',
                    'Value usable only with you (or your group or brand) is a single-purpose card; value usable at other, unrelated merchants is a multi-purpose card, which is payment business. If you do not answer, icpcheck assumes only with you.',
                ),
                (
                    Choice('own_only', Text('只能在本企业、本集团或同一品牌使用', 'Only with you, your group or your brand'), False),
                    Choice('several_merchants', Text('也能在其他不相关的商户使用', 'Also at other, unrelated merchants'), False),
                ),
                Compare('activities', 'has', 'prepaid_cards'),
                'own_only',
            ),
            Question(
                'ad_products',
                'yes_no',
                Text(
                    '你出售的广告位上，有没有药品、医疗器械、保健食品或特殊医学用途配方食品的广告？',
                    'Do the ad slots you sell carry ads for drugs, medical devices, health foods (保健食品) or foods for special medical purposes (特医食品)?',
                ),
                Text(
                    '这几类广告发布前须经审查。未回答时按“没有”处理。',
                    'Ads of these kinds must be reviewed before publication. If you do not answer, icpcheck assumes not.',
                ),
                (),
                Compare('activities', 'has', 'ad_slots'),
                False,
            ),
            Question(
                'own_ads',
                'yes_no',
                Text(
                    '你是否为自己销售的药品、医疗器械、保健食品或特殊医学用途配方食品做广告（海报、推文、直播讲解、软文等）？',
                    'Do you advertise the drugs, medical devices, health foods (保健食品) or foods for special medical purposes (特医食品) you sell (banners, posts, live-stream pitches, soft articles and the like)?',
                ),
                Text(
                    '这几类商品的广告发布前须经广告审查，由广告主（即你自己）申请；普通食品的广告不需要审查。未回答时按“否”处理，报告中会标明这是假设。',
                    'Ads for these products must be reviewed before publication, and the advertiser (you) applies; ads for ordinary food need no review. If you do not answer, icpcheck assumes not, and the report marks that as assumed.',
                ),
                (),
                Compare(
                    'goods',
                    'has_any',
                    frozenset(('cross_border_import', 'drugs_devices', 'other_food', 'prepackaged_food')),
                ),
                False,
            ),
            Question(
                'distribution_pay',
                'one_of',
                Text('分销员怎样拿报酬？', 'How are your distributors paid?'),
                Text(
                    '只按自己直接卖出的商品拿佣金是常见做法；交钱才能加入，或按下线的销售或发展人数拿报酬，可能构成传销。未回答时按“不确定”处理，列为待核实。',
                    'A commission on one\'s own direct sales is common; paying to join, or being paid on the sales or recruits of people below you, can be pyramid selling (传销). If you do not answer, icpcheck assumes "not sure" and puts it under review.',
                ),
                (
                    Choice(
                        'own_sales_commission',
                        Text(
                            '只按自己直接卖出的商品拿佣金，加入不用交钱或买货',
                            'Only a commission on their own direct sales; joining costs nothing and needs no purchase',
                        ),
                        False,
                    ),
                    Choice(
                        'fees_or_tiers',
                        Text(
                            '加入要交费或买货，或按下线的销售或发展人数拿报酬',
                            'Joining costs a fee or a purchase, or they are paid on the sales or recruits of people below them',
                        ),
                        False,
                    ),
                    Choice('not_sure', Text('不确定', 'Not sure'), False),
                ),
                Compare('activities', 'has', 'distribution'),
                'not_sure',
            ),
            Question(
                'live_where',
                'one_of',
                Text('你在哪里直播带货？', 'Where do you run your live selling?'),
                Text(
                    '在微信视频号、抖音等第三方平台的直播间带货，直播平台是第三方；在自己的小程序或App里开直播间，你可能就是直播平台，要办理平台的登记和备案。未回答时按“不确定”处理，列为待核实。',
                    'Selling in a live room on WeChat Channels, Douyin or another third party\'s platform, the live platform is that third party; with a live room in your own mini-program or App, you may be the live platform yourself, with the platform\'s registration and filing. If you do not answer, icpcheck assumes "not sure" and puts it under review.',
                ),
                (
                    Choice(
                        'third_party',
                        Text(
                            '在微信视频号、抖音、淘宝等第三方平台的直播间',
                            "In a live room on WeChat Channels, Douyin, Taobao or another third party's platform",
                        ),
                        False,
                    ),
                    Choice(
                        'own_platform',
                        Text(
                            '在自己的小程序或App里直播（自建直播功能，或接入第三方直播组件）',
                            "In my own mini-program or App (a live function of my own, or a third party's live component built in)",
                        ),
                        False,
                    ),
                    Choice('not_sure', Text('不确定', 'Not sure'), False),
                ),
                Compare('activities', 'has', 'live_selling'),
                'not_sure',
            ),
        ),
        (
            Filing(
                'icp_filing',
                Text('ICP备案', 'ICP filing (ICP备案)'),
                Text(
                    '在工信部备案系统为网站所用域名登记备案，每个域名一个备案号；持证的经营性网站同样要做经营性备案。',
                    "Registration of the domain your site uses in MIIT's filing system, one number per domain; licensed commercial sites file their domain too.",
                ),
                Text(
                    '省级通信管理局（通过接入服务商提交）',
                    'Provincial communications administration, submitted through the hosting provider',
                ),
                (
                    Citation(_1, (4,), None, None, 'law'),
                    Citation(
                        _2,
                        (5,),
                        None,
                        Text(
                            '条文序号沿用2005年文本，2024年修订后是否重新编号未核实。',
                            'Article number as in the 2005 text; whether the 2024 revision renumbered it is unverified.',
                        ),
                        'law',
                    ),
                ),
                Plan(
                    ('prior_approval', 'drug_info_certificate', 'online_publishing_license', 'news_license'),
                    Text(
                        '网站上线之前：备案号下来前域名不要解析到网站，首次备案期间保持不解析。',
                        'Before the site goes live: keep the domain unresolved until the filing number is issued.',
                    ),
                    Text(
                        '你的云服务商（接入商）的备案系统，如腾讯云、阿里云的ICP备案入口；由接入商提交省通信管理局审核。',
                        "Your hosting provider's filing system (for example the ICP filing pages of Tencent Cloud or Alibaba Cloud), which passes it to the provincial communications administration.",
                    ),
                    (
                        Text('营业执照', 'Business licence'),
                        Text(
                            '主体负责人的身份证（公司一般为法定代表人，个体工商户为经营者）',
                            "ID card of the person responsible for the entity (a company's legal representative as a rule; a sole trader's operator)",
                        ),
                        Text(
                            '网站负责人的身份证，以及人脸核验或幕布拍照',
                            "ID card of the site's person in charge, with a face check or a photo",
                        ),
                        Text(
                            '域名证书（域名已实名，且在境内注册商）',
                            'Domain certificate (real-name registered with a domestic registrar)',
                        ),
                        Text('在该接入商购买的境内服务器', 'A mainland server bought from that provider'),
                        Text(
                            '《网站备案信息真实性核验单》（接入商提供模板，签字）',
                            "The provider's authenticity form for the filing, signed",
                        ),
                    ),
                    (
                        Citation(_1, (4,), None, None, 'law'),
                        Citation(_2, (5,), None, Text('条文序号沿用2005年文本。', 'Article number as in the 2005 text.'), 'law'),
                        Citation(_34, (), None, None, 'practice'),
                    ),
                ),
                'filing',
            ),
            Filing(
                'icp_license',
                Text('ICP许可证（增值电信业务经营许可证 B25）', 'ICP licence (value-added telecom licence, B25)'),
                Text(
                    '经营性互联网信息服务的许可证，即通过互联网有偿提供信息或网页制作等服务所需的许可。',
                    'The licence for commercial internet information services, that is, providing information or web services to users for a fee.',
                ),
                Text(
                    '省级通信管理局（单省经营）或工业和信息化部（跨省经营）',
                    'Provincial communications administration (one province) or MIIT (several provinces)',
                ),
                (
                    Citation(_1, (3, 4), None, None, 'law'),
                    Citation(_4, (), Text('B25 信息服务业务', 'B25 (information services)'), None, 'official'),
                ),
                Plan(
                    (
                        'icp_filing',
                        'prior_approval',
                        'drug_info_certificate',
                        'internet_culture_license',
                        'online_publishing_license',
                        'av_license',
                        'news_license',
                    ),
                    Text(
                        '开始收费（开展经营性业务）之前；多数省份要求网站（如有）已备案、已上线。',
                        'Before you start charging (before the commercial service starts); most provinces expect any site to be filed and live.',
                    ),
                    Text(
                        '单省经营找省通信管理局，跨省经营找工业和信息化部；都在工信部政务服务平台的「电信业务市场综合管理信息系统」（dxzhgl.miit.gov.cn）在线申请。',
                        "One province: the provincial communications administration; several provinces: MIIT. Both online, in MIIT's telecom business market management system (dxzhgl.miit.gov.cn).",
                    ),
                    (
                        Text('法定代表人签署的书面申请', 'A written application signed by the legal representative'),
                        Text('营业执照、公司章程及股权结构', 'Business licence, articles of association and shareholding'),
                        Text('业务发展和实施计划及技术方案', 'Business plan and technical plan'),
                        Text(
                            '网络与信息安全保障措施、服务质量保障措施',
                            'Network and information security measures; service quality measures',
                        ),
                        Text('依法经营电信业务承诺书', 'An undertaking to run the telecom business lawfully'),
                        Text('前置审批文件（如有）', 'Prior approvals, if any'),
                        Text(
                            '实务中还会要求：员工社保证明，有网站的还有其域名证书、服务器托管合同及接入商的许可证、网站截图',
                            "In practice also: staff social-insurance records, and for a site its domain certificate, hosting contract with the host's licence, screenshots",
                        ),
                    ),
                    (Citation(_5, (3, 8), None, None, 'law'), Citation(_10, (), None, None, 'practice')),
                ),
                'filing',
            ),
            Filing(
                'edi_license',
                Text('EDI许可证（在线数据处理与交易处理业务 B21）', 'EDI licence (online data and transaction processing, B21)'),
                Text(
                    '在线数据处理与交易处理业务的增值电信业务许可证，覆盖经营类电子商务（商家入驻的交易平台）。',
                    'The value-added telecom licence for online data and transaction processing, which covers commercial e-commerce platforms where merchants trade.',
                ),
                Text(
                    '省级通信管理局（单省经营）或工业和信息化部（跨省经营）',
                    'Provincial communications administration (one province) or MIIT (several provinces)',
                ),
                (
                    Citation(
                        _4,
                        (),
                        Text('B21 在线数据处理与交易处理业务', 'B21 (online data and transaction processing)'),
                        None,
                        'official',
                    ),
                    Citation(_3, (7,), None, None, 'law'),
                ),
                Plan(
                    ('icp_filing',),
                    Text(
                        '平台开始让商家入驻交易之前；多数省份要求网站（如有）已备案、已上线。',
                        'Before merchants start trading on the platform; most provinces expect any site to be filed and live.',
                    ),
                    Text(
                        '单省经营找省通信管理局，跨省经营找工业和信息化部；都在「电信业务市场综合管理信息系统」（dxzhgl.miit.gov.cn）在线申请，可与ICP许可证一并申请。',
                        'One province: the provincial communications administration; several provinces: MIIT. Online in the telecom business market management system (dxzhgl.miit.gov.cn); one application can cover the ICP licence too.',
                    ),
                    (
                        Text(
                            '与ICP许可证相同的申请材料（申请书、营业执照、章程及股权、业务和技术方案、安全与服务保障措施、承诺书）',
                            'The same papers as for the ICP licence (application, business licence, articles and shareholding, business and technical plans, security and service measures, undertaking)',
                        ),
                    ),
                    (Citation(_5, (3, 8), None, None, 'law'), Citation(_10, (), None, None, 'practice')),
                ),
                'filing',
            ),
            Filing(
                'app_filing',
                Text('小程序/APP备案', 'Mini-program / App filing'),
                Text(
                    '移动互联网应用程序备案：小程序、快应用和App上线前以主体名义备案，通过微信等平台提交。',
                    "Filing of a mobile internet application; mini-programs, quick apps and Apps file in the owner's name before going live, through the platform (WeChat).",
                ),
                Text(
                    '省级通信管理局（经微信等分发平台提交）',
                    'Provincial communications administration, submitted through the distribution platform (WeChat)',
                ),
                (Citation(_7, (), None, None, 'official'), Citation(_9, (23,), None, None, 'law')),
                Plan(
                    (),
                    Text(
                        '小程序发布上线之前（2023年9月1日起，新小程序须先备案再上架）。',
                        'Before the mini-program is released (since 2023-09-01 a new mini-program files before it goes live).',
                    ),
                    Text(
                        '微信小程序：微信公众平台的小程序管理后台，未发布的在首页点「去备案」，已发布的在「设置 → 小程序备案」；在其他平台发布的，在该平台办理。',
                        'A WeChat mini-program: the mini-program admin of the WeChat Official Accounts Platform - 「去备案」 on the home page before release, or Settings → 小程序备案 after; on another platform, file on that platform.',
                    ),
                    (
                        Text('主办单位证件（营业执照）', "The owner's certificate (business licence)"),
                        Text('主体负责人证件', 'ID of the person responsible for the entity'),
                        Text('小程序负责人证件，并完成人脸核身', "ID of the mini-program's person in charge, with a face check"),
                        Text('前置审批或专项审批文件（如有）', 'Prior or special approvals, if any'),
                        Text(
                            '平台提供的《互联网信息服务承诺书》和《小程序备案真实性核验单》',
                            "The platform's undertaking and authenticity forms",
                        ),
                    ),
                    (Citation(_7, (), None, None, 'official'), Citation(_36, (), None, None, 'official')),
                ),
                'filing',
            ),
            Filing(
                'psb_filing',
                Text('公安联网备案', 'Public security network filing (公安联网备案)'),
                Text(
                    '网站开通后向公安机关办理的联网备案，在页面底部展示公安备案号。',
                    'Registration of a live website with the public security authorities; the number is shown at the foot of the site.',
                ),
                Text(
                    '属地公安机关网安部门（经全国互联网安全管理服务平台）',
                    "Local public security bureau's network security department, through the national online platform",
                ),
                (Citation(_8, (12,), None, None, 'law'),),
                Plan(
                    ('icp_filing',),
                    Text(
                        '网站开通联网后30日内；申请时要填写ICP备案号。',
                        'Within 30 days of the site going online; the application asks for the ICP filing number.',
                    ),
                    Text(
                        '全国互联网安全管理服务平台（beian.mps.gov.cn）：开办主体 → 网站业务 → 新办网站申请。',
                        'The national Internet security management service platform (beian.mps.gov.cn): entity → website → new website application.',
                    ),
                    (
                        Text('营业执照', 'Business licence'),
                        Text('负责人身份证和照片', 'ID card and photo of the person in charge'),
                        Text('域名证书', 'Domain certificate'),
                        Text('ICP备案号', 'The ICP filing number'),
                        Text('接入服务商名称及所在地区', 'Name and region of the hosting provider'),
                        Text('服务类型（是否提供交互式服务）', 'Type of service (whether it is interactive)'),
                    ),
                    (Citation(_8, (12,), None, None, 'law'), Citation(_35, (), None, None, 'practice')),
                ),
                'filing',
            ),
            Filing(
                'prior_approval',
                Text(
                    '前置审批（新闻、出版、教育等信息服务）',
                    'Prior approval (news, publishing, education and similar information services)',
                ),
                Text(
                    '法律、法规规定须经主管部门审核同意的信息服务（如教育），在办理ICP许可证或备案之前取得的审批。新闻的审批是互联网新闻信息服务许可，出版的审批是网络出版服务许可证，各列为单独一项，不重复计算。',
                    "The approval that information services needing a competent department's consent by law (education, for one) obtain before the ICP licence or filing. News's approval is the internet news licence and publishing's the online publishing licence, each listed on its own, not counted twice.",
                ),
                Text(
                    '相应的主管部门（如新闻、出版、教育主管部门）',
                    'The competent department for the field (news, publishing, education)',
                ),
                (Citation(_1, (5,), None, None, 'law'), Citation(_11, (), None, None, 'law')),
                Plan(
                    (),
                    Text('办理ICP备案或申请ICP许可证之前。', 'Before the ICP filing or the ICP licence application.'),
                    Text(
                        '该类内容的主管部门（新闻、出版、教育等）。',
                        'The department in charge of that content (news, publishing, education and so on).',
                    ),
                    (),
                    (Citation(_1, (5,), None, None, 'law'),),
                ),
                'filing',
            ),
            Filing(
                'news_license',
                Text('互联网新闻信息服务许可', 'Internet news information service licence (互联网新闻信息服务许可)'),
                Text(
                    '通过互联网提供新闻信息服务所需的许可，是《互联网信息服务管理办法》第5条所说新闻类前置审批的具体形式；不对外资开放。',
                    'The licence for providing news information online: the prior approval for news that Art. 5 of the Measures for the Administration of Internet Information Services requires. Closed to foreign investment.',
                ),
                Text('国家互联网信息办公室及地方网信部门', 'The Cyberspace Administration of China and its local offices'),
                (Citation(_23, (), None, None, 'inference'), Citation(_1, (5,), None, None, 'law')),
                Plan(
                    (),
                    Text(
                        '办理ICP备案或申请ICP许可证之前（《互联网信息服务管理办法》第5条的前置审批）。',
                        'Before the ICP filing or the ICP licence application (the prior approval under Art. 5 of the Measures for the Administration of Internet Information Services).',
                    ),
                    None,
                    (),
                    (Citation(_1, (5,), None, None, 'law'),),
                ),
                'filing',
            ),
            Filing(
                'food_filing',
                Text('食品经营备案', 'Food business filing (食品经营备案)'),
                Text(
                    '仅销售预包装食品的，向县级市场监管部门办理的备案。',
                    'The filing for businesses that sell only pre-packaged food, made with the county market regulator.',
                ),
                Text('县级市场监督管理部门', 'County market regulation bureau'),
                (Citation(_13, (), None, None, 'law'),),
                Plan(
                    (),
                    Text('开始销售预包装食品之前。', 'Before you start selling pre-packaged food.'),
                    Text(
                        '县级市场监督管理局，多地可在政务服务网在线办理，当场办结。',
                        'The county market regulation bureau; in many places online on the government-service site, done the same day.',
                    ),
                    (
                        Text('备案信息采集表', 'The filing form'),
                        Text('营业执照', 'Business licence'),
                        Text('经营者身份证件', 'ID of the operator'),
                    ),
                    (Citation(_14, (35,), None, None, 'law'), Citation(_39, (), None, None, 'official')),
                ),
                'filing',
            ),
            Filing(
                'food_license',
                Text('食品经营许可证', 'Food business licence (食品经营许可证)'),
                Text(
                    '销售预包装食品以外的食品（如现做、散装食品）所需的许可证。',
                    'The licence for selling food other than pre-packaged food (freshly made or loose food).',
                ),
                Text('市场监督管理部门', 'Market regulation bureau'),
                (Citation(_13, (), None, None, 'law'),),
                Plan(
                    (),
                    Text('开始销售预包装食品以外的食品之前。', 'Before you start selling food other than pre-packaged food.'),
                    Text(
                        '县级市场监督管理局，经省级政务服务网申请。',
                        'The county market regulation bureau, through the provincial government-service site.',
                    ),
                    (
                        Text('申请书', 'Application'),
                        Text('营业执照', 'Business licence'),
                        Text('经营场所布局、设备设施和操作流程的材料', 'Papers on the premises layout, equipment and process'),
                        Text('食品安全管理制度', 'Food-safety management rules'),
                    ),
                    (
                        Citation(_14, (35,), None, None, 'law'),
                        Citation(
                            _13,
                            (),
                            None,
                            Text(
                                '材料清单按2015年办法的要求，2023年办法的清单未核实。',
                                'The list follows the 2015 measures; the 2023 list is unverified.',
                            ),
                            'unverified',
                        ),
                    ),
                ),
                'filing',
            ),
            Filing(
                'drug_info_certificate',
                Text('互联网药品信息服务资格证书', 'Internet drug information service certificate (互联网药品信息服务资格证书)'),
                Text(
                    '通过互联网提供药品或医疗器械信息所需的资格证书，有效期5年。',
                    'The certificate for providing drug or medical-device information on the internet, valid for 5 years.',
                ),
                Text('省级药品监督管理部门', 'Provincial drug regulatory administration'),
                (Citation(_15, (2, 5), None, None, 'law'), Citation(_44, (15,), None, None, 'law')),
                Plan(
                    (),
                    Text('办理ICP备案或申请ICP许可证之前。', 'Before the ICP filing or the ICP licence application.'),
                    Text('省级药品监督管理局。', 'The provincial medical products administration.'),
                    (
                        Text('申请表', 'Application form'),
                        Text('营业执照', 'Business licence'),
                        Text('域名证书', 'Domain certificate'),
                        Text('网站栏目设置说明', "A plan of the site's sections"),
                        Text('信息安全和备份管理制度', 'Information security and backup rules'),
                        Text('2名以上熟悉药品法规的专业人员', 'At least two qualified staff who know the drug rules'),
                    ),
                    (Citation(_15, (5, 11), None, None, 'law'),),
                ),
                'filing',
            ),
            Filing(
                'publication_license',
                Text('出版物经营许可证', 'Publications business licence (出版物经营许可证)'),
                Text(
                    '销售图书、报刊、音像制品等出版物所需的许可证；微信的图书报刊、音像类目要求提供。',
                    "The licence for selling publications such as books, periodicals and AV products; WeChat's books and AV categories require it.",
                ),
                Text('县级出版行政主管部门', 'County publishing administration'),
                (
                    Citation(_21, (), None, None, 'law'),
                    Citation(_22, (), None, None, 'law'),
                    Citation(_12, (), None, None, 'official'),
                ),
                Plan(
                    (),
                    Text(
                        '开始销售出版物之前；开始网上销售后15日内另行备案。',
                        'Before you start selling publications; file the online sales within 15 days of starting them.',
                    ),
                    Text('县级出版行政主管部门。', 'The county publishing authority.'),
                    (Text('申请书', 'Application'), Text('经营场所证明', 'Proof of premises'), Text('身份证件', 'ID')),
                    (
                        Citation(
                            _22,
                            (),
                            None,
                            Text(
                                '按报道的条文；2016年规定原文未逐条核对。',
                                'As reported; the 2016 text was not read article by article.',
                            ),
                            'law',
                        ),
                    ),
                ),
                'filing',
            ),
            Filing(
                'prepaid_card_filing',
                Text('单用途商业预付卡备案', 'Single-purpose prepaid card filing (单用途商业预付卡备案)'),
                Text(
                    '发行只能在本企业使用的储值卡、预付卡（包括电子卡）的，向商务主管部门办理的备案。',
                    'The filing made with the commerce department by a business that issues stored-value or prepaid cards (virtual ones included) usable only with it.',
                ),
                Text('商务主管部门', 'Commerce department'),
                (Citation(_16, (), None, None, 'law'),),
                Plan(
                    (),
                    Text('开始发卡后30日内。', 'Within 30 days of starting to issue cards.'),
                    Text(
                        '商务主管部门：一般发卡企业在县级，规模发卡企业在市级，集团、品牌发卡企业在省级。',
                        'The commerce authority: county level for most issuers, city level for larger ones, province level for group and brand issuers.',
                    ),
                    (
                        Text('备案表', 'Filing form'),
                        Text('营业执照', 'Business licence'),
                        Text('经审计的财务报告', 'Audited accounts'),
                        Text('预付卡卡样', 'A card sample'),
                        Text('购卡章程或协议', 'The card terms or agreement'),
                        Text('资金存管协议', 'The fund-custody agreement'),
                    ),
                    (Citation(_16, (7, 8), None, None, 'law'),),
                ),
                'filing',
            ),
            Filing(
                'av_license',
                Text(
                    '信息网络传播视听节目许可证',
                    'Licence for audio-visual programmes on information networks (信息网络传播视听节目许可证)',
                ),
                Text(
                    '通过互联网提供视听节目服务所需的许可证。',
                    'The licence for providing audio-visual programme services over the internet.',
                ),
                Text('广播电视主管部门', 'Broadcasting administration'),
                (Citation(_17, (), None, None, 'law'),),
                Plan(
                    (),
                    Text('开展视听节目服务之前。', 'Before you start the audio-visual programme service.'),
                    Text('经省级广播电视局报国家广播电视总局。', 'Through the provincial radio and television bureau to the NRTA.'),
                    (
                        Text('国有独资或国有控股的主体证明', 'Proof that the applicant is state-owned or state-controlled'),
                        Text('注册资本1000万元以上的证明', 'Proof of registered capital of at least ¥10,000,000'),
                        Text('20名以上专业人员的证明', 'Proof of at least 20 qualified staff'),
                    ),
                    (
                        Citation(_17, (10,), None, None, 'law'),
                        Citation(
                            _10,
                            (),
                            None,
                            Text('申请条件来自省级办事指南的转述。', 'The conditions as provincial guides state them.'),
                            'practice',
                        ),
                    ),
                ),
                'filing',
            ),
            Filing(
                'online_publishing_license',
                Text('网络出版服务许可证', 'Online publishing service licence (网络出版服务许可证)'),
                Text(
                    '提供具有出版特征的网络作品（如经编辑加工的电子书、有声书）的平台所需的许可证。',
                    'The licence for platforms offering online works with the features of a publication (edited e-books, audio books).',
                ),
                Text('出版主管部门', 'Publishing administration'),
                (Citation(_18, (), None, None, 'law'),),
                Plan(
                    (),
                    Text('办理ICP备案或申请ICP许可证之前。', 'Before the ICP filing or the ICP licence application.'),
                    None,
                    (),
                    (Citation(_1, (5,), None, None, 'law'),),
                ),
                'filing',
            ),
            Filing(
                'internet_culture_license',
                Text('网络文化经营许可证（文网文）', 'Internet culture business licence (网络文化经营许可证)'),
                Text(
                    '经营网络音乐、网络表演、网络艺术品、网络动漫等网络文化产品所需的许可证。',
                    'The licence for running internet culture products such as online music, online performances, online art and animation.',
                ),
                Text('文化和旅游主管部门', 'Culture and tourism administration'),
                (Citation(_19, (), None, None, 'law'),),
                Plan(
                    (),
                    Text(
                        '申请ICP许可证之前（拿到后向电信主管部门出示）。',
                        'Before the ICP licence application (then show it to the telecom authority).',
                    ),
                    Text('省级文化和旅游厅。', 'The provincial department of culture and tourism.'),
                    (
                        Text('申请书', 'Application'),
                        Text('经营场所证明', 'Proof of premises'),
                        Text('营业执照和公司章程', 'Business licence and articles of association'),
                        Text('资金证明', 'Proof of funds'),
                        Text('业务发展报告', 'A business report'),
                        Text('从业人员身份证明', 'IDs of the staff'),
                    ),
                    (Citation(_19, (), None, None, 'law'), Citation(_10, (), None, None, 'practice')),
                ),
                'filing',
            ),
            Filing(
                'food_platform_filing',
                Text('网络食品交易第三方平台备案', 'Filing of a third-party platform for online food trading (网络食品交易第三方平台备案)'),
                Text(
                    '入驻商家在平台上销售食品的，平台经营者向省级市场监管部门办理的备案；无论平台自己卖不卖食品。',
                    'The filing a platform makes with the provincial market regulator when merchants sell food on it, whether or not the platform sells food itself.',
                ),
                Text('省级市场监督管理部门', 'Provincial market regulation bureau'),
                (Citation(_40, (8,), None, None, 'official'),),
                Plan(
                    ('icp_license', 'edi_license'),
                    Text('通信主管部门批准后30个工作日内。', "Within 30 working days after the telecom authority's approval."),
                    Text('省级市场监督管理局。', 'The provincial market regulation bureau.'),
                    (
                        Text(
                            '平台名称、住所、统一社会信用代码、法定代表人',
                            "The platform's name, address, unified social credit code and legal representative",
                        ),
                        Text('域名和IP地址', 'Domain and IP address'),
                        Text('电信业务经营许可证', 'The telecom business licence'),
                        Text('与入驻商家的协议样本', 'A sample of the agreement with merchants'),
                        Text('承诺书', 'An undertaking'),
                    ),
                    (Citation(_40, (8,), None, None, 'official'),),
                ),
                'filing',
            ),
            Filing(
                'drug_platform_filing',
                Text('药品网络交易第三方平台备案', 'Filing of a third-party platform for online drug trading (药品网络交易第三方平台备案)'),
                Text(
                    '入驻商家在平台上销售药品的，平台经营者向省级药品监管部门办理的备案。',
                    'The filing a platform makes with the provincial drug regulator when merchants sell drugs on it.',
                ),
                Text('省级药品监督管理部门', 'Provincial drug regulatory administration'),
                (Citation(_41, (), None, None, 'official'),),
                Plan(
                    ('drug_info_certificate', 'icp_license', 'edi_license'),
                    None,
                    Text('省级药品监督管理部门。', 'The provincial drug regulatory administration.'),
                    (),
                    (Citation(_41, (), None, None, 'official'),),
                ),
                'filing',
            ),
            Filing(
                'device_platform_filing',
                Text(
                    '医疗器械网络交易服务第三方平台备案',
                    'Filing of a third-party platform for online medical-device trading (医疗器械网络交易服务第三方平台备案)',
                ),
                Text(
                    '入驻商家在平台上销售医疗器械的，平台经营者向所在地省级药品监督管理部门办理的备案；平台须先取得互联网药品信息服务资格证书。',
                    'The filing a platform makes with the provincial drug regulator where it is based when merchants sell medical devices on it; the platform first needs the internet drug information certificate.',
                ),
                Text('所在地省级药品监督管理部门', 'The provincial drug regulatory administration where the platform is based'),
                (Citation(_44, (15, 16), None, None, 'law'),),
                Plan(
                    ('drug_info_certificate', 'icp_license', 'edi_license'),
                    Text('平台开展医疗器械网络交易服务之前。', 'Before the platform starts device trading services.'),
                    Text(
                        '所在地省级药品监督管理部门。',
                        'The provincial drug regulatory administration where the platform is based.',
                    ),
                    (
                        Text('医疗器械网络交易服务第三方平台备案表', 'The third-party device trading platform filing form'),
                        Text(
                            '营业执照；法定代表人或主要负责人、质量负责人的身份证明',
                            'Business licence; ID of the legal representative or principal and of the quality manager',
                        ),
                        Text(
                            '电信业务经营许可证或非经营性互联网信息服务备案说明',
                            'The telecom business licence, or a statement of the non-commercial ICP filing',
                        ),
                        Text('互联网药品信息服务资格证书', 'The internet drug information service certificate'),
                        Text(
                            '医疗器械网络交易服务质量管理制度等文件目录；网站或客户端的基本情况和功能说明',
                            'A list of the quality-management rules for device trading; a description of the site or app and its functions',
                        ),
                    ),
                    (Citation(_44, (16,), None, None, 'law'),),
                ),
                'filing',
            ),
            Filing(
                'online_food_seller_filing',
                Text('自建网站食品交易备案（网络食品交易主体备案）', 'Filing of a food seller on its own site (自建网站食品交易备案)'),
                Text(
                    '通过自己的网站（或小程序）销售食品的经营者，向市、县级市场监管部门办理的备案。',
                    'The filing a business selling food through its own site (or mini-program) makes with the city or county market regulator.',
                ),
                Text('市、县级市场监督管理部门', 'City or county market regulation bureau'),
                (Citation(_40, (8,), None, None, 'official'),),
                Plan(
                    ('icp_filing', 'app_filing', 'icp_license', 'food_license', 'food_filing'),
                    Text(
                        '取得ICP许可证或办理ICP备案（只有小程序的，为小程序备案）后30个工作日内；天津等地要求在网站首页展示备案凭证（对小程序的要求未核实）。',
                        "Within 30 working days after the ICP licence or filing (with only a mini-program, its mini-program filing); Tianjin, for one, asks for the filing certificate on the site's home page (what it asks of a mini-program is unverified).",
                    ),
                    Text('市、县级市场监督管理局。', 'The city or county market regulation bureau.'),
                    (
                        Text(
                            '名称、住所、统一社会信用代码、法定代表人（个体工商户为经营者）',
                            "Name, address, unified social credit code and legal representative (a sole trader's operator)",
                        ),
                        Text('域名和IP地址（有网站的）', 'Domain and IP address (if you have a site)'),
                        Text('网站或小程序的备案号', 'The filing number of the site or mini-program'),
                        Text('食品经营许可证（或备案凭证）', 'The food business licence (or filing)'),
                    ),
                    (Citation(_40, (8,), None, None, 'official'),),
                ),
                'filing',
            ),
            Filing(
                'drug_business_license',
                Text('药品经营许可证（网络销售药品）', 'Drug business licence for online drug sales (药品经营许可证)'),
                Text(
                    '只有持药品经营许可的企业才能在网上销售药品，并须报告其网络销售情况；处方药须核对处方。',
                    'Only licensed drug businesses may sell drugs online, and they report their online sales; prescription drugs need prescription checks.',
                ),
                Text('药品监督管理部门', 'Drug regulatory administration'),
                (Citation(_41, (), None, None, 'official'),),
                Plan(
                    (),
                    Text(
                        '在网上销售药品之前须已持证；开始网络销售后报告网络销售情况。',
                        'Hold the licence before selling drugs online; report the online sales once you start.',
                    ),
                    None,
                    (),
                    (Citation(_41, (), None, None, 'official'),),
                ),
                'filing',
            ),
            Filing(
                'device_license',
                Text('医疗器械经营许可（第三类）', 'Medical device business licence (Class III) (医疗器械经营许可)'),
                Text('经营第三类医疗器械所需的许可。', 'The licence for selling Class III medical devices.'),
                Text(
                    '设区的市级药品监督管理部门（凭审阅者记忆，未核实）',
                    "The city-level drug regulatory administration (from the auditor's memory, unverified)",
                ),
                (Citation(_42, (4,), None, None, 'law'), Citation(_43, (41, 42), None, None, 'unverified')),
                Plan((), None, None, (), ()),
                'filing',
            ),
            Filing(
                'device_filing',
                Text('医疗器械经营备案（第二类）', 'Medical device business filing (Class II) (医疗器械经营备案)'),
                Text(
                    '经营第二类医疗器械所需的备案；第一类既不需要许可也不需要备案。',
                    'The filing for selling Class II medical devices; Class I needs neither licence nor filing.',
                ),
                Text(
                    '设区的市级药品监督管理部门（凭审阅者记忆，未核实）',
                    "The city-level drug regulatory administration (from the auditor's memory, unverified)",
                ),
                (Citation(_42, (4,), None, None, 'law'), Citation(_43, (41, 42), None, None, 'unverified')),
                Plan((), None, None, (), ()),
                'filing',
            ),
            Filing(
                'payment_license',
                Text('《支付业务许可证》（非银行支付机构）', 'Payment business licence (支付业务许可证)'),
                Text(
                    '经营支付业务所需的许可；可在多个不相关商户使用的多用途预付卡属于支付业务，不是单用途预付卡备案能覆盖的。',
                    'The licence for running a payment business; stored value usable at several unrelated merchants (a multi-purpose prepaid card) is payment business, which the single-purpose card filing does not cover.',
                ),
                Text('中国人民银行', "The People's Bank of China"),
                (Citation(_30, (), None, None, 'law'), Citation(_31, (), None, None, 'law')),
                Plan((), None, None, (), ()),
                'filing',
            ),
            Filing(
                'ad_review',
                Text(
                    '广告审查（药品、医疗器械、保健食品、特殊医学用途配方食品）',
                    'Advertising review (drugs, medical devices, health foods, foods for special medical purposes)',
                ),
                Text(
                    '药品、医疗器械、保健食品和特殊医学用途配方食品的广告，发布前须经广告审查机关审查，取得广告批准文号；由广告主申请，发布者发布前查验。',
                    'Ads for drugs, medical devices, health foods and foods for special medical purposes must be reviewed by the advertising review authority, which issues an approval number, before publication; the advertiser applies and the publisher checks the approval before publishing.',
                ),
                Text(
                    '广告审查机关（一般为广告主所在地的省级市场监督管理部门或药品监督管理部门，未核实）',
                    'The advertising review authority (usually the provincial market or drug regulator where the advertiser is based; unverified)',
                ),
                (Citation(_45, (46, 47), None, None, 'law'), Citation(_46, (2,), None, None, 'law')),
                Plan(
                    (),
                    Text('广告发布之前，每一版广告内容都要审查。', 'Before the ad is published; each version of the ad is reviewed.'),
                    Text(
                        '广告主向其所在地的省级市场监督管理部门或药品监督管理部门申请（第4条，凭审阅者记忆，未核实）。',
                        "The advertiser applies to the provincial market or drug regulator where it is based (Art. 4, from the auditor's memory, unverified).",
                    ),
                    (),
                    (
                        Citation(_45, (46, 47), None, None, 'law'),
                        Citation(_46, (4,), None, None, 'unverified'),
                    ),
                ),
                'filing',
            ),
            Filing(
                'distribution_scheme',
                Text('分销模式的传销风险判断', 'Whether a distribution scheme is pyramid selling (传销)'),
                Text(
                    '不是备案或许可，而是一项判断：分销员的报酬方式是否落入《禁止传销条例》第7条所列的传销行为。',
                    'Not a filing or licence but a check - whether the way distributors are paid falls within the pyramid-selling forms Art. 7 of the Regulations on Prohibiting Pyramid Selling lists.',
                ),
                Text(
                    '无（由主管部门依《禁止传销条例》查处）',
                    'None (the authorities enforce the Regulations on Prohibiting Pyramid Selling)',
                ),
                (Citation(_48, (7,), None, None, 'law'),),
                Plan((), None, None, (), ()),
                'check',
            ),
            Filing(
                'cross_border_registration',
                Text('海关备案（跨境电商零售进口企业）', 'Customs filing for cross-border e-commerce retail imports (海关备案)'),
                Text(
                    '参与跨境电商零售进口的电商企业、平台和境内代理人须向海关办理注册登记（2022年起为备案）；境外电商企业委托境内代理人办理。商品须在正面清单内，并传输“三单”数据。',
                    'E-commerce companies, platforms and domestic agents in cross-border retail imports register with customs (a filing since 2022); an overseas e-commerce company does it through its domestic agent. Goods must be on the positive list, and the "three documents" (三单) data is sent.',
                ),
                Text('海关', 'Customs'),
                (
                    Citation(_50, (), None, None, 'law'),
                    Citation(_51, (), None, None, 'unverified'),
                    Citation(_52, (), None, None, 'unverified'),
                ),
                Plan((), None, None, (), ()),
                'filing',
            ),
            Filing(
                'mlps_filing',
                Text('网络安全等级保护定级备案', 'Graded cybersecurity protection filing (网络安全等级保护定级备案)'),
                Text(
                    '网络运营者按网络安全等级保护制度为自己的系统定级；定为第二级以上的，定级后30日内向所在地设区的市级以上公安机关备案。',
                    'A network operator grades its own systems under the graded protection scheme; a system graded level 2 or above is filed with the public security authorities of the city within 30 days of grading.',
                ),
                Text(
                    '所在地设区的市级以上公安机关（网安部门）',
                    'The public security authorities (cyber security department) of the city or above where the operator is based',
                ),
                (Citation(_54, (21,), None, None, 'law'), Citation(_55, (15,), None, None, 'unverified')),
                Plan(
                    (),
                    Text('定级后30日内（第二级以上的系统）。', 'Within 30 days of grading (systems of level 2 or above).'),
                    Text('所在地市级公安机关网安部门。', "Your city's public security cyber department."),
                    (),
                    (Citation(_55, (15,), None, None, 'unverified'),),
                ),
                'filing',
            ),
            Filing(
                'algorithm_filing',
                Text('算法推荐服务备案', 'Filing of an algorithmic recommendation service (算法备案)'),
                Text(
                    '具有舆论属性或者社会动员能力的算法推荐服务提供者，在提供服务之日起10个工作日内通过互联网信息服务算法备案系统备案。',
                    "Providers of algorithmic recommendation services with public-opinion attributes or social-mobilisation capacity file in the CAC's algorithm filing system within 10 working days of starting the service.",
                ),
                Text(
                    '国家互联网信息办公室（通过互联网信息服务算法备案系统）',
                    'The Cyberspace Administration of China (through its algorithm filing system)',
                ),
                (Citation(_56, (24,), None, None, 'unverified'),),
                Plan(
                    (),
                    Text('提供服务之日起10个工作日内。', 'Within 10 working days of starting the service.'),
                    Text(
                        '互联网信息服务算法备案系统（国家网信办）。',
                        "The CAC's internet information service algorithm filing system.",
                    ),
                    (),
                    (Citation(_56, (24,), None, None, 'unverified'),),
                ),
                'filing',
            ),
            Filing(
                'live_platform_registration',
                Text(
                    '直播平台登记和备案（网络视听平台信息登记、网信部门备案）',
                    'Registration and filing of a live-streaming platform (网络视听平台信息登记; CAC filing)',
                ),
                Text(
                    '开办电商直播或秀场直播的平台，在全国网络视听平台信息登记管理系统中登记，并向网信部门备案。',
                    'A platform running e-commerce or show live streaming registers in the national online audio-visual platform information registration system and files with the cyberspace administration.',
                ),
                Text(
                    '国家广播电视总局（全国网络视听平台信息登记管理系统）；属地网信部门',
                    'The NRTA (national online audio-visual platform registration system); the local cyberspace administration',
                ),
                (Citation(_57, (), None, None, 'unverified'), Citation(_58, (), None, None, 'unverified')),
                Plan((), None, None, (), ()),
                'filing',
            ),
        ),
        (
            Rule(
                'platform_charges_sellers',
                All((Compare('third_party_sellers', 'is', True), Compare('charges_sellers', 'is', True))),
                (
                    Effect(
                        'edi_license',
                        'required',
                        Text(
                            '他人以自己名义在你的商城销售，你为其交易提供平台并收费，属于在线数据处理与交易处理业务（经营类电子商务）。',
                            'Others sell in your mall under their own name and you charge them for the platform; that is online transaction processing (commercial e-commerce).',
                        ),
                        (
                            Citation(_0, (), Text('第二部分第2点', 'part 2.2'), None, 'practice'),
                            Citation(
                                _4,
                                (),
                                Text('B21 在线数据处理与交易处理业务', 'B21 (online data and transaction processing)'),
                                None,
                                'official',
                            ),
                            Citation(_6, (), None, None, 'official'),
                        ),
                        None,
                        None,
                        None,
                    ),
                    Effect(
                        'icp_license',
                        'required',
                        Text(
                            '你向商家收费、有偿发布他们的商品信息。《微信微商城需要ICP证吗?》一文认定这需要ICP许可证，代办机构一般也这样认为；电信业务分类目录B25中“信息发布平台和递送服务”的描述涵盖有偿发布他人信息（这是推断）。有的通信管理局对纯交易服务只核发B21；一旦商品展示或推广收费，或平台有评价、问答、社区，B25就很明确。',
                            'You charge merchants and publish their listings for a fee. The article "Does a WeChat micro-mall need an ICP licence?" says this needs an ICP licence, and agencies usually agree; the catalogue\'s B25 "information publishing and delivery platform" wording covers publishing others\' information for a fee (an inference). Some administrations grant B21 alone for pure transaction services; B25 is clear once listings or promotion are paid for, or reviews, Q&A or a community are hosted.',
                        ),
                        (
                            Citation(_0, (), Text('第二部分第2点', 'part 2.2'), None, 'practice'),
                            Citation(_10, (), None, None, 'practice'),
                            Citation(_4, (), Text('B25 信息服务业务', 'B25 (information services)'), None, 'inference'),
                            Citation(_1, (3, 4), None, None, 'inference'),
                        ),
                        Text(
                            '申请时向通信管理局确认，你的业务范围在B21之外是否还需要B25。',
                            'When you apply, ask the communications administration whether your scope needs B25 besides B21.',
                        ),
                        None,
                        None,
                    ),
                ),
                ('membership_discounts',),
                None,
                None,
            ),
            Rule(
                'platform_free_for_sellers',
                All((Compare('third_party_sellers', 'is', True), Compare('charges_sellers', 'is', False))),
                (
                    Effect(
                        'edi_license',
                        'review',
                        Text(
                            '有商家入驻但你不向其收费。两种说法不一致：《微信微商城需要ICP证吗?》一文以“是否向商家收费”为标准，据此不需要许可证；各省通信管理局的通知以“是否有他人入驻销售”为标准，据此指向EDI许可证。',
                            'Merchants sell in your mall but you charge them nothing. Sources disagree: the test of the article "Does a WeChat micro-mall need an ICP licence?" is whether you charge merchants, which means no licence; the provincial notices\' test is whether others sell under their own name, which points to an EDI licence.',
                        ),
                        (
                            Citation(_0, (), Text('第二部分第2点', 'part 2.2'), None, 'disputed'),
                            Citation(_6, (), None, None, 'disputed'),
                        ),
                        Text(
                            '向所在省通信管理局书面咨询免费入驻平台是否需要EDI许可证；计划日后向商家收费的，按需要办理准备。',
                            'Ask your provincial communications administration in writing whether a free marketplace needs an EDI licence; if you plan to charge merchants later, prepare as if it does.',
                        ),
                        None,
                        None,
                    ),
                ),
                (),
                None,
                None,
            ),
            Rule(
                'paid_information',
                Compare('paid_content', 'is', True),
                (
                    Effect(
                        'icp_license',
                        'required',
                        Text(
                            '你向用户收费提供信息（付费文章、课程等），属于有偿提供信息的经营性互联网信息服务，实行许可制度。',
                            'You charge users for information (paid articles, courses and the like), which is a commercial internet information service and needs a licence.',
                        ),
                        (
                            Citation(_0, (), Text('第二部分第3点', 'part 2.3'), None, 'practice'),
                            Citation(_1, (3, 4), None, None, 'law'),
                        ),
                        None,
                        None,
                        None,
                    ),
                ),
                ('own_goods_only', 'membership_discounts'),
                None,
                None,
            ),
            Rule(
                'own_goods_only',
                All((Compare('sells_own_goods', 'is', True), Compare('third_party_sellers', 'is', False))),
                (
                    Effect(
                        'icp_license',
                        'not_required',
                        Text(
                            '你只以自己的名义卖货，没有他人入驻销售。安徽省通信管理局公告明确这不属于增值电信业务（河南等省据报道相同），《微信微商城需要ICP证吗?》一文也认为自营商城只需ICP备案。',
                            'You sell only under your own name and nobody else sells in your mall. The Anhui Communications Administration\'s notice says this is not a value-added telecom service (Henan and other provinces reportedly alike), and the article "Does a WeChat micro-mall need an ICP licence?" says a self-operated mall needs only the ICP filing.',
                        ),
                        (
                            Citation(_0, (), Text('第二部分第1点', 'part 2.1'), None, 'practice'),
                            Citation(_6, (), None, None, 'official'),
                        ),
                        None,
                        None,
                        None,
                    ),
                ),
                (),
                None,
                None,
            ),
            Rule(
                'no_paid_information',
                All(
                    (
                        Compare('paid_content', 'is', False),
                        Not(
                            All(
                                (
                                    Compare('third_party_sellers', 'is', True),
                                    Compare('charges_sellers', 'is', True),
                                ),
                            ),
                        ),
                    ),
                ),
                (
                    Effect(
                        'icp_license',
                        'not_required',
                        Text(
                            '没有人为信息向你付费（不收信息费，也不向商家收费），卖商品也不算有偿提供信息；这不是需要许可证的经营性互联网信息服务。',
                            'Nobody pays you for information (no paid content, no fees from merchants), and selling goods is not providing information for a fee; this is not a commercial internet information service that needs a licence.',
                        ),
                        (Citation(_1, (3, 4), None, None, 'law'),),
                        None,
                        None,
                        None,
                    ),
                ),
                (),
                None,
                None,
            ),
            Rule(
                'no_third_party_sellers',
                Compare('third_party_sellers', 'is', False),
                (
                    Effect(
                        'edi_license',
                        'not_required',
                        Text(
                            '没有他人在你的商城以自己名义销售，你不为他人处理交易，不涉及在线数据处理与交易处理业务。',
                            'Nobody else sells in your mall under their own name; you process no transactions for others, so there is no online transaction processing service.',
                        ),
                        (
                            Citation(_0, (), Text('第二部分第3点', 'part 2.3'), None, 'practice'),
                            Citation(_6, (), None, None, 'official'),
                        ),
                        None,
                        None,
                        None,
                    ),
                ),
                (),
                None,
                None,
            ),
            Rule(
                'own_domain_filing',
                Compare('channels', 'has', 'own_domain'),
                (
                    Effect(
                        'icp_filing',
                        'required',
                        Text(
                            '你在自有域名上提供网站或H5页面，该域名必须备案；微信也只接受已备案的域名。',
                            'You serve a website or H5 pages from a domain you own; that domain must be filed, and WeChat accepts only filed domains.',
                        ),
                        (
                            Citation(_1, (4,), None, None, 'law'),
                            Citation(_2, (5,), None, None, 'law'),
                            Citation(_0, (), Text('第四部分第2点', 'part 4.2'), None, 'practice'),
                        ),
                        None,
                        None,
                        None,
                    ),
                    Effect(
                        'psb_filing',
                        'required',
                        Text(
                            '自有域名上的网站开通后，需在30日内向属地公安机关办理联网备案。',
                            'A site on your own domain must be registered with the local public security bureau within 30 days of going live.',
                        ),
                        (Citation(_8, (12,), None, None, 'law'),),
                        None,
                        None,
                        None,
                    ),
                ),
                (),
                None,
                None,
            ),
            Rule(
                'saas_storefront_only',
                All(
                    (
                        Compare('channels', 'has', 'saas_storefront'),
                        Not(Compare('channels', 'has_any', frozenset(('backend_domain', 'own_domain')))),
                    ),
                ),
                (
                    Effect(
                        'icp_filing',
                        'not_required',
                        Text(
                            '你的店铺只在SaaS服务商的域名下，域名备案由服务商负责；一旦绑定自己的域名或小程序，结论会改变。',
                            "Your shop lives only under the SaaS provider's domain, which the provider has filed; binding your own domain or mini-program changes this.",
                        ),
                        (
                            Citation(_2, (5,), None, None, 'inference'),
                            Citation(
                                _34,
                                (),
                                None,
                                Text(
                                    '备案按域名办理，由域名持有者办理。',
                                    "The filing is made per domain, by the domain's holder.",
                                ),
                                'practice',
                            ),
                        ),
                        None,
                        None,
                        None,
                    ),
                    Effect(
                        'psb_filing',
                        'not_required',
                        Text(
                            '你没有自己的网站域名，公安联网备案由域名所属的服务商办理。',
                            'You have no website domain of your own; the provider that owns the domain handles its public security filing.',
                        ),
                        (
                            Citation(_8, (), None, None, 'inference'),
                            Citation(
                                _35,
                                (),
                                None,
                                Text('联网备案按网站（域名）办理。', 'The public security filing is made per website (domain).'),
                                'practice',
                            ),
                        ),
                        None,
                        None,
                        None,
                    ),
                ),
                (),
                None,
                None,
            ),
            Rule(
                'no_own_site',
                All(
                    (
                        Not(
                            Compare(
                                'channels',
                                'has_any',
                                frozenset(('backend_domain', 'own_domain', 'saas_storefront')),
                            ),
                        ),
                        Compare('channels', 'has', 'mini_program'),
                    ),
                ),
                (
                    Effect(
                        'icp_filing',
                        'not_required',
                        Text(
                            '你没有自有域名（小程序后台由服务商托管）；如小程序的服务器域名是你自己的，请选择“自有域名只用作后台服务器”。小程序本身办理小程序备案。',
                            'You use no domain of your own (the mini-program\'s backend is hosted by a provider); if its server domain is yours, choose "a domain used only as the backend". The mini-program itself files as an app.',
                        ),
                        (
                            Citation(_2, (5,), None, None, 'inference'),
                            Citation(
                                _34,
                                (),
                                None,
                                Text(
                                    '备案按域名办理，由域名持有者办理。',
                                    "The filing is made per domain, by the domain's holder.",
                                ),
                                'practice',
                            ),
                        ),
                        None,
                        None,
                        None,
                    ),
                    Effect(
                        'psb_filing',
                        'not_required',
                        Text(
                            '你没有自己的网站域名，不需要为网站办理公安联网备案。',
                            'You have no website domain of your own, so there is no site to register with the public security bureau.',
                        ),
                        (
                            Citation(_8, (), None, None, 'inference'),
                            Citation(
                                _35,
                                (),
                                None,
                                Text('联网备案按网站（域名）办理。', 'The public security filing is made per website (domain).'),
                                'practice',
                            ),
                        ),
                        None,
                        None,
                        None,
                    ),
                ),
                (),
                None,
                None,
            ),
            Rule(
                'official_account_only',
                All(
                    (
                        Compare('channels', 'has', 'official_account'),
                        Not(
                            Compare(
                                'channels',
                                'has_any',
                                frozenset(('backend_domain', 'mini_program', 'own_domain', 'saas_storefront')),
                            ),
                        ),
                    ),
                ),
                (
                    Effect(
                        'icp_filing',
                        'not_required',
                        Text(
                            '你只用公众号，文章、菜单和公众号内的店铺都在微信的域名下，没有自己的域名要备案；一旦公众号链接到你自己域名上的H5页面，该域名就要备案。',
                            "You use only an Official Account; its articles, menus and shop live under WeChat's domain, so there is no domain of yours to file. Once it links to H5 pages on a domain of yours, that domain must be filed.",
                        ),
                        (
                            Citation(_1, (4,), None, None, 'law'),
                            Citation(
                                _34,
                                (),
                                None,
                                Text(
                                    '备案按域名办理，由域名持有者办理。',
                                    "The filing is made per domain, by the domain's holder.",
                                ),
                                'practice',
                            ),
                        ),
                        None,
                        None,
                        None,
                    ),
                    Effect(
                        'psb_filing',
                        'not_required',
                        Text(
                            '你只用公众号，没有自己的网站，不需要为网站办理公安联网备案。',
                            'You use only an Official Account and have no website of your own, so there is no site to register with the public security bureau.',
                        ),
                        (
                            Citation(_8, (12,), None, None, 'law'),
                            Citation(
                                _35,
                                (),
                                None,
                                Text('联网备案按网站（域名）办理。', 'The public security filing is made per website (domain).'),
                                'practice',
                            ),
                        ),
                        None,
                        None,
                        None,
                    ),
                ),
                (),
                None,
                None,
            ),
            Rule(
                'backend_domain_filing',
                All(
                    (
                        Compare('channels', 'has', 'backend_domain'),
                        Not(Compare('channels', 'has', 'own_domain')),
                    ),
                ),
                (
                    Effect(
                        'icp_filing',
                        'required',
                        Text(
                            '小程序或App的后台服务器域名是你自己的；微信只接受已备案的服务器域名，该域名须办理ICP备案。',
                            'The backend server domain of your mini-program or App is yours; WeChat accepts only filed server domains, so the domain must have the ICP filing.',
                        ),
                        (Citation(_1, (4,), None, None, 'law'), Citation(_12, (), None, None, 'official')),
                        None,
                        None,
                        None,
                    ),
                    Effect(
                        'psb_filing',
                        'review',
                        Text(
                            '你的域名只用作后台接口，用户不直接访问。《计算机信息网络国际联网安全保护管理办法》第12条的联网备案针对接入互联网的单位；只提供接口的域名是否要办理，各地公安机关的做法不一。',
                            'Your domain serves only as a backend API that users never open. The public security filing under Art. 12 covers units connected to the internet; whether a domain that only serves an API must be registered varies between local public security bureaus.',
                        ),
                        (Citation(_8, (12,), None, None, 'law'), Citation(_35, (), None, None, 'practice')),
                        Text(
                            '向属地公安机关网安部门（或在全国互联网安全管理服务平台咨询）确认只作接口的域名是否需要联网备案。',
                            "Ask the local public security bureau's network security department (or through the national platform) whether an API-only domain needs the filing.",
                        ),
                        None,
                        None,
                    ),
                ),
                (),
                None,
                None,
            ),
            Rule(
                'mini_program_filing',
                Compare('channels', 'has', 'mini_program'),
                (
                    Effect(
                        'app_filing',
                        'required',
                        Text(
                            '你有自己的小程序或App（即使由SaaS搭建也以你的名义），需办理移动互联网应用程序备案：自2023-09-01起新上线的须先备案，已上线的须在2024-03-31前完成，未备案的自2024-04-01起会被下架。',
                            'You have your own mini-program or App (in your name even if a SaaS built it), so it must be filed as a mobile internet application: new ones before going live from 2023-09-01, existing ones by 2024-03-31; unfiled ones are taken down from 2024-04-01.',
                        ),
                        (Citation(_7, (), None, None, 'official'), Citation(_9, (23,), None, None, 'law')),
                        None,
                        None,
                        None,
                    ),
                ),
                (),
                date(2023, 9, 1),
                None,
            ),
            Rule(
                'mini_program_before_filing_regime',
                Compare('channels', 'has', 'mini_program'),
                (
                    Effect(
                        'app_filing',
                        'not_required',
                        Text(
                            '移动互联网应用程序备案自2023-09-01起实施，在此之前小程序无需备案。',
                            'Mobile application filing started on 2023-09-01; before that date mini-programs did not file.',
                        ),
                        (Citation(_7, (), None, None, 'official'),),
                        None,
                        None,
                        None,
                    ),
                ),
                (),
                None,
                date(2023, 8, 31),
            ),
            Rule(
                'no_mini_program',
                Not(Compare('channels', 'has', 'mini_program')),
                (
                    Effect(
                        'app_filing',
                        'not_required',
                        Text(
                            '你没有自己的小程序或App，无需办理小程序/APP备案。',
                            'You have no mini-program or App of your own, so there is nothing to file as an application.',
                        ),
                        (Citation(_7, (), None, None, 'official'),),
                        None,
                        None,
                        None,
                    ),
                ),
                (),
                None,
                None,
            ),
            Rule(
                'alipay_mini_program_filing',
                All((Compare('channels', 'has', 'mini_program'), Compare('platforms', 'has', 'alipay'))),
                (
                    Effect(
                        'app_filing',
                        'required',
                        Text(
                            '你的小程序发布在支付宝。支付宝上的小程序有自己的AppID，要在支付宝以你的名义单独办理移动互联网应用程序备案，要求与微信相同；平台不得为未备案的小程序提供服务。在你的支付宝小程序的开发者后台办理；支付宝的备案入口和所需材料不在本规则集的资料中，以平台页面为准。',
                            "Your mini-program is published on Alipay. There it has an AppID of its own, filed on Alipay separately, in your name, under the same requirements as on WeChat; platforms may not serve an unfiled mini-program. File through the developer console of your Alipay mini-program; Alipay's filing entry and the papers it asks for are not in icpcheck's sources - follow the platform's pages.",
                        ),
                        (
                            Citation(_7, (), None, None, 'official'),
                            Citation(
                                _7,
                                (),
                                None,
                                Text(
                                    '支付宝的备案入口和材料未在资料中核实。',
                                    "Alipay's filing entry and papers are not verified in any source.",
                                ),
                                'unverified',
                            ),
                        ),
                        None,
                        'alipay',
                        None,
                    ),
                ),
                (),
                date(2023, 9, 1),
                None,
            ),
            Rule(
                'alipay_category_review',
                All(
                    (
                        Compare('channels', 'has', 'mini_program'),
                        Compare('platforms', 'has', 'alipay'),
                        AnyOf(
                            (
                                Compare('third_party_sellers', 'is', True),
                                Compare('paid_content', 'is', True),
                                Compare('activities', 'has_any', frozenset(('ad_slots', 'paid_membership'))),
                            ),
                        ),
                    ),
                ),
                (
                    Effect(
                        'icp_license',
                        'review',
                        Text(
                            '微信的类目审核对电商平台、社交、问答等类目要求增值电信业务经营许可证；支付宝的类目规则不在本规则集的资料中，不能断定它对你的业务是否要求许可证，选择类目时请查看。',
                            "WeChat's category review asks for a value-added telecom licence for e-commerce-platform, social and Q&A categories; Alipay's category rules are not in icpcheck's sources, so whether it asks one of your business cannot be said - check when you choose the category.",
                        ),
                        (
                            Citation(_12, (), None, Text('微信的类目要求。', "WeChat's category requirements."), 'official'),
                            Citation(
                                _12,
                                (),
                                None,
                                Text(
                                    '支付宝的类目规则未在资料中核实。',
                                    "Alipay's category rules are not verified in any source.",
                                ),
                                'unverified',
                            ),
                        ),
                        Text(
                            '在支付宝选择服务类目时，看它要求的资质里有没有增值电信业务经营许可证（ICP或EDI）。',
                            'When you choose the service category on Alipay, see whether the credentials it lists include a value-added telecom licence (ICP or EDI).',
                        ),
                        'alipay',
                        None,
                    ),
                ),
                (),
                None,
                None,
            ),
            Rule(
                'douyin_mini_program_filing',
                All((Compare('channels', 'has', 'mini_program'), Compare('platforms', 'has', 'douyin'))),
                (
                    Effect(
                        'app_filing',
                        'required',
                        Text(
                            '你的小程序发布在抖音。抖音上的小程序有自己的AppID，要在抖音以你的名义单独办理移动互联网应用程序备案，要求与微信相同；平台不得为未备案的小程序提供服务。通过抖音开放平台办理：据其开发者文档，备案要提交主体证件、负责人证件（正反面）和联系方式，并完成负责人人证核验，服务商可以代你提交；你自己从哪个页面提交，以平台页面为准。',
                            "Your mini-program is published on Douyin. There it has an AppID of its own, filed on Douyin separately, in your name, under the same requirements as on WeChat; platforms may not serve an unfiled mini-program. File through the Douyin Open Platform: by its developer documentation the filing takes the entity's papers, the person in charge's ID (both sides) and contact details, and an identity check of the person in charge, and a service provider may submit it for you; which page you submit it on yourself, follow the platform's pages.",
                        ),
                        (Citation(_7, (), None, None, 'official'), Citation(_37, (), None, None, 'official')),
                        None,
                        'douyin',
                        None,
                    ),
                ),
                (),
                date(2023, 9, 1),
                None,
            ),
            Rule(
                'douyin_category_review',
                All(
                    (
                        Compare('channels', 'has', 'mini_program'),
                        Compare('platforms', 'has', 'douyin'),
                        AnyOf(
                            (
                                Compare('third_party_sellers', 'is', True),
                                Compare('paid_content', 'is', True),
                                Compare('activities', 'has_any', frozenset(('ad_slots', 'paid_membership'))),
                            ),
                        ),
                    ),
                ),
                (
                    Effect(
                        'icp_license',
                        'review',
                        Text(
                            '微信的类目审核对电商平台、社交、问答等类目要求增值电信业务经营许可证；抖音的类目规则不在本规则集的资料中，不能断定它对你的业务是否要求许可证，选择类目时请查看。',
                            "WeChat's category review asks for a value-added telecom licence for e-commerce-platform, social and Q&A categories; Douyin's category rules are not in icpcheck's sources, so whether it asks one of your business cannot be said - check when you choose the category.",
                        ),
                        (
                            Citation(_12, (), None, Text('微信的类目要求。', "WeChat's category requirements."), 'official'),
                            Citation(
                                _37,
                                (),
                                None,
                                Text('抖音的类目规则未在资料中核实。', "Douyin's category rules are not verified in any source."),
                                'unverified',
                            ),
                        ),
                        Text(
                            '在抖音选择服务类目时，看它要求的资质里有没有增值电信业务经营许可证（ICP或EDI）。',
                            'When you choose the service category on Douyin, see whether the credentials it lists include a value-added telecom licence (ICP or EDI).',
                        ),
                        'douyin',
                        None,
                    ),
                ),
                (),
                None,
                None,
            ),
            Rule(
                'baidu_mini_program_filing',
                All((Compare('channels', 'has', 'mini_program'), Compare('platforms', 'has', 'baidu'))),
                (
                    Effect(
                        'app_filing',
                        'required',
                        Text(
                            '你的小程序发布在百度。百度上的小程序有自己的AppID，要在百度以你的名义单独办理移动互联网应用程序备案，要求与微信相同；平台不得为未备案的小程序提供服务。在百度智能小程序平台办理：登录后进入「管理 → 基础设置 → 备案管理」，点「开始备案」，先验证主体和小程序名称。百度的说明写明，小程序备案不支持个人备案。',
                            "Your mini-program is published on Baidu. There it has an AppID of its own, filed on Baidu separately, in your name, under the same requirements as on WeChat; platforms may not serve an unfiled mini-program. File on Baidu's smart mini-program platform: 管理 → 基础设置 → 备案管理, then 「开始备案」, which first checks the entity and the mini-program's name. Baidu's documentation says mini-program filing is not open to individuals.",
                        ),
                        (Citation(_7, (), None, None, 'official'), Citation(_38, (), None, None, 'official')),
                        None,
                        'baidu',
                        None,
                    ),
                ),
                (),
                date(2023, 9, 1),
                None,
            ),
            Rule(
                'baidu_category_review',
                All(
                    (
                        Compare('channels', 'has', 'mini_program'),
                        Compare('platforms', 'has', 'baidu'),
                        AnyOf(
                            (
                                Compare('third_party_sellers', 'is', True),
                                Compare('paid_content', 'is', True),
                                Compare('activities', 'has_any', frozenset(('ad_slots', 'paid_membership'))),
                            ),
                        ),
                    ),
                ),
                (
                    Effect(
                        'icp_license',
                        'review',
                        Text(
                            '微信的类目审核对电商平台、社交、问答等类目要求增值电信业务经营许可证；百度的类目规则不在本规则集的资料中，不能断定它对你的业务是否要求许可证，选择类目时请查看。',
                            "WeChat's category review asks for a value-added telecom licence for e-commerce-platform, social and Q&A categories; Baidu's category rules are not in icpcheck's sources, so whether it asks one of your business cannot be said - check when you choose the category.",
                        ),
                        (
                            Citation(_12, (), None, Text('微信的类目要求。', "WeChat's category requirements."), 'official'),
                            Citation(
                                _38,
                                (),
                                None,
                                Text('百度的类目规则未在资料中核实。', "Baidu's category rules are not verified in any source."),
                                'unverified',
                            ),
                        ),
                        Text(
                            '在百度选择服务类目时，看它要求的资质里有没有增值电信业务经营许可证（ICP或EDI）。',
                            'When you choose the service category on Baidu, see whether the credentials it lists include a value-added telecom licence (ICP or EDI).',
                        ),
                        'baidu',
                        None,
                    ),
                ),
                (),
                None,
                None,
            ),
            Rule(
                'kuaishou_mini_program_filing',
                All((Compare('channels', 'has', 'mini_program'), Compare('platforms', 'has', 'kuaishou'))),
                (
                    Effect(
                        'app_filing',
                        'required',
                        Text(
                            '你的小程序发布在快手。快手上的小程序有自己的AppID，要在快手以你的名义单独办理移动互联网应用程序备案，要求与微信相同；平台不得为未备案的小程序提供服务。在你的快手小程序的开发者后台办理；快手的备案入口和所需材料不在本规则集的资料中，以平台页面为准。',
                            "Your mini-program is published on Kuaishou. There it has an AppID of its own, filed on Kuaishou separately, in your name, under the same requirements as on WeChat; platforms may not serve an unfiled mini-program. File through the developer console of your Kuaishou mini-program; Kuaishou's filing entry and the papers it asks for are not in icpcheck's sources - follow the platform's pages.",
                        ),
                        (
                            Citation(_7, (), None, None, 'official'),
                            Citation(
                                _7,
                                (),
                                None,
                                Text(
                                    '快手的备案入口和材料未在资料中核实。',
                                    "Kuaishou's filing entry and papers are not verified in any source.",
                                ),
                                'unverified',
                            ),
                        ),
                        None,
                        'kuaishou',
                        None,
                    ),
                ),
                (),
                date(2023, 9, 1),
                None,
            ),
            Rule(
                'kuaishou_category_review',
                All(
                    (
                        Compare('channels', 'has', 'mini_program'),
                        Compare('platforms', 'has', 'kuaishou'),
                        AnyOf(
                            (
                                Compare('third_party_sellers', 'is', True),
                                Compare('paid_content', 'is', True),
                                Compare('activities', 'has_any', frozenset(('ad_slots', 'paid_membership'))),
                            ),
                        ),
                    ),
                ),
                (
                    Effect(
                        'icp_license',
                        'review',
                        Text(
                            '微信的类目审核对电商平台、社交、问答等类目要求增值电信业务经营许可证；快手的类目规则不在本规则集的资料中，不能断定它对你的业务是否要求许可证，选择类目时请查看。',
                            "WeChat's category review asks for a value-added telecom licence for e-commerce-platform, social and Q&A categories; Kuaishou's category rules are not in icpcheck's sources, so whether it asks one of your business cannot be said - check when you choose the category.",
                        ),
                        (
                            Citation(_12, (), None, Text('微信的类目要求。', "WeChat's category requirements."), 'official'),
                            Citation(
                                _12,
                                (),
                                None,
                                Text(
                                    '快手的类目规则未在资料中核实。',
                                    "Kuaishou's category rules are not verified in any source.",
                                ),
                                'unverified',
                            ),
                        ),
                        Text(
                            '在快手选择服务类目时，看它要求的资质里有没有增值电信业务经营许可证（ICP或EDI）。',
                            'When you choose the service category on Kuaishou, see whether the credentials it lists include a value-added telecom licence (ICP or EDI).',
                        ),
                        'kuaishou',
                        None,
                    ),
                ),
                (),
                None,
                None,
            ),
            Rule(
                'other_platform_filing',
                All((Compare('channels', 'has', 'mini_program'), Compare('platforms', 'has', 'other'))),
                (
                    Effect(
                        'app_filing',
                        'required',
                        Text(
                            '你的小程序、快应用或App还发布在其他平台，或者是独立App。每个都要以你的名义办理移动互联网应用程序备案，要求与微信相同；平台和网络接入服务提供者不得为未备案的应用提供服务。通过发布它的平台或为它提供接入的服务商办理；各平台的入口和所需材料不在本规则集的资料中，以平台或服务商的说明为准。',
                            "Your mini-program, quick app or App is also on another platform, or is a stand-alone App. Each one is filed in your name under the same requirements as on WeChat; platforms and network access providers may not serve an unfiled application. File through the platform that publishes it or the provider that connects it; their filing entries and papers are not in icpcheck's sources - follow theirs.",
                        ),
                        (
                            Citation(_7, (), None, None, 'official'),
                            Citation(
                                _7,
                                (),
                                None,
                                Text(
                                    '各平台和服务商的备案入口未在资料中核实。',
                                    "Each platform's or provider's filing entry is not verified in any source.",
                                ),
                                'unverified',
                            ),
                        ),
                        None,
                        'other_platform',
                        None,
                    ),
                ),
                (),
                date(2023, 9, 1),
                None,
            ),
            Rule(
                'other_platform_category_review',
                All(
                    (
                        Compare('channels', 'has', 'mini_program'),
                        Compare('platforms', 'has', 'other'),
                        AnyOf(
                            (
                                Compare('third_party_sellers', 'is', True),
                                Compare('paid_content', 'is', True),
                                Compare('activities', 'has_any', frozenset(('ad_slots', 'paid_membership'))),
                            ),
                        ),
                    ),
                ),
                (
                    Effect(
                        'icp_license',
                        'review',
                        Text(
                            '微信的类目审核对电商平台、社交、问答等类目要求增值电信业务经营许可证；其他平台的类目或上架规则不在本规则集的资料中，不能断定它们对你的业务是否要求许可证，选择类目或提交上架时请查看。',
                            "WeChat's category review asks for a value-added telecom licence for e-commerce-platform, social and Q&A categories; other platforms' category or listing rules are not in icpcheck's sources, so whether they ask one of your business cannot be said - check when you choose the category.",
                        ),
                        (
                            Citation(_12, (), None, Text('微信的类目要求。', "WeChat's category requirements."), 'official'),
                            Citation(
                                _12,
                                (),
                                None,
                                Text(
                                    '其他平台的类目规则未在资料中核实。',
                                    "Other platforms' category rules are not verified in any source.",
                                ),
                                'unverified',
                            ),
                        ),
                        Text(
                            '在该平台选择类目或提交上架时，看它要求的资质里有没有增值电信业务经营许可证（ICP或EDI）。',
                            'When you choose a category or submit the listing on that platform, see whether the credentials it lists include a value-added telecom licence (ICP or EDI).',
                        ),
                        'other_platform',
                        None,
                    ),
                ),
                (),
                None,
                None,
            ),
            Rule(
                'ad_slots_listing',
                Compare('activities', 'has', 'ad_slots'),
                (
                    Effect(
                        'icp_license',
                        'required',
                        Text(
                            '你向其他品牌收费，为其发布广告、推荐位或商品展示，这是有偿发布他人信息，符合B25中“信息发布平台”的描述，很可能属于需要ICP许可证的经营性互联网信息服务（这是推断，没有官方文件直接这样说）。',
                            'You charge other brands to publish their ads, recommendations or listings: publishing others\' information for a fee fits B25\'s "information publishing platform", so an ICP licence is likely needed (an inference; no official text says so in terms).',
                        ),
                        (
                            Citation(_4, (), Text('B25 信息服务业务', 'B25 (information services)'), None, 'inference'),
                            Citation(_1, (3,), None, None, 'inference'),
                        ),
                        None,
                        None,
                        None,
                    ),
                ),
                ('own_goods_only', 'no_paid_information', 'membership_discounts'),
                None,
                None,
            ),
            Rule(
                'membership_discounts',
                Compare('activities', 'has', 'paid_membership'),
                (
                    Effect(
                        'icp_license',
                        'review',
                        Text(
                            '你收取会员费，但会员只享受商品折扣。两种说法不一致：代办机构认为收费会员属于经营性服务、需要ICP许可证；按《互联网信息服务管理办法》第3条，经营性的标准是为“信息”收费，而折扣不是信息，据此不需要。',
                            'You charge a membership fee but members only get discounts on goods. Sources disagree: agencies say a paid membership is a commercial service that needs an ICP licence; on Art. 3 of the Measures the test is charging for information, and a discount is not information, so no licence.',
                        ),
                        (
                            Citation(_1, (3,), None, None, 'disputed'),
                            Citation(
                                _10,
                                (),
                                None,
                                Text(
                                    '代办机构认为收费会员需要ICP许可证；《微信微商城需要ICP证吗?》一文没有讨论会员。',
                                    'Agencies say a paid membership needs an ICP licence; the article "Does a WeChat micro-mall need an ICP licence?" does not discuss memberships.',
                                ),
                                'disputed',
                            ),
                        ),
                        Text(
                            '向所在省通信管理局书面咨询只含购物折扣的收费会员是否属于经营性互联网信息服务；会员权益包含任何付费内容的，按需要许可证处理。',
                            'Ask your provincial communications administration in writing whether a paid membership that only gives shopping discounts is a commercial information service; if the membership includes any paid content, treat the licence as needed.',
                        ),
                        None,
                        None,
                    ),
                ),
                ('own_goods_only', 'no_paid_information'),
                None,
                None,
            ),
            Rule(
                'wechat_only_no_licence',
                All(
                    (
                        Compare('wechat_only', 'is', True),
                        AnyOf(
                            (
                                All(
                                    (
                                        Compare('third_party_sellers', 'is', True),
                                        Compare('charges_sellers', 'is', True),
                                    ),
                                ),
                                Compare('paid_content', 'is', True),
                                Compare('activities', 'has_any', frozenset(('ad_slots', 'paid_membership'))),
                            ),
                        ),
                    ),
                ),
                (
                    Effect(
                        'icp_license',
                        'review',
                        Text(
                            '你的业务在其他情况下需要ICP许可证，但只在微信内经营。两种说法不一致：安徽省通信管理局公告（2021-04-22）明确，只通过小程序或公众号经营、没有其他独立平台的，不需要增值电信业务经营许可证（河南等省据报道相同，未核实）；《微信微商城需要ICP证吗?》一文和《互联网信息服务管理办法》第3、4条则认为付费内容和收费的交易平台需要许可证。没有找到全国性的工信部文件，答案取决于所在省份。',
                            'Your business would otherwise need an ICP licence, but runs only inside WeChat. Sources disagree: the Anhui Communications Administration\'s notice (2021-04-22) says a business run only through a mini-program or Official Account, with no other independent platform, needs no value-added telecom licence (Henan and other provinces reportedly alike, unverified); the article "Does a WeChat micro-mall need an ICP licence?" and Arts. 3-4 of the Measures say paid content and a charging marketplace need one. No national MIIT text was found; a provincial reading can carry only a business licensed by that province (one province); across provinces MIIT licenses.',
                        ),
                        (
                            Citation(_6, (), None, None, 'disputed'),
                            Citation(_0, (), Text('第二部分第2点', 'part 2.2'), None, 'disputed'),
                            Citation(_1, (3, 4), None, None, 'disputed'),
                        ),
                        Text(
                            '向注册地省通信管理局书面咨询只在小程序或公众号内经营是否需要许可证；微信的类目审核另有要求（见报告中的“微信类目审核”）。',
                            "Ask the communications administration of the province where you are registered, in writing, whether a business run only in a mini-program or Official Account needs the licence; WeChat's category review has its own demands (see WeChat's category review in the report).",
                        ),
                        None,
                        None,
                    ),
                ),
                (
                    'platform_charges_sellers',
                    'paid_information',
                    'ad_slots_listing',
                    'membership_discounts',
                    'own_goods_only',
                    'no_paid_information',
                    'live_performance',
                ),
                None,
                None,
            ),
            Rule(
                'wechat_only_marketplace_edi',
                All(
                    (
                        Compare('wechat_only', 'is', True),
                        Compare('third_party_sellers', 'is', True),
                        Compare('charges_sellers', 'is', True),
                    ),
                ),
                (
                    Effect(
                        'edi_license',
                        'review',
                        Text(
                            '你向入驻商家收费，但只在微信内经营。两种说法不一致：安徽省通信管理局公告明确，没有独立平台的不需要增值电信业务经营许可证，包括EDI（河南等省据报道相同）；《微信微商城需要ICP证吗?》一文认为收费的交易平台需要EDI许可证。省里的口径只能用于由该省审批的单省经营；跨省经营由工业和信息化部审批。',
                            'You charge merchants but run only inside WeChat. Sources disagree: the Anhui Communications Administration\'s notice says a business with no independent platform needs no value-added telecom licence, EDI included (Henan and other provinces reportedly alike); the article "Does a WeChat micro-mall need an ICP licence?" says a charging marketplace needs the EDI licence. A provincial reading can carry only a one-province business that province licenses; across provinces MIIT licenses.',
                        ),
                        (
                            Citation(_6, (), None, None, 'disputed'),
                            Citation(_0, (), Text('第二部分第2点', 'part 2.2'), None, 'disputed'),
                        ),
                        Text(
                            '向注册地省通信管理局书面咨询；注意微信的电商平台类目无论如何都要求增值电信业务经营许可证。',
                            "Ask your province's communications administration in writing; note that WeChat's e-commerce-platform category asks for a value-added telecom licence in any case.",
                        ),
                        None,
                        None,
                    ),
                ),
                ('platform_charges_sellers',),
                None,
                None,
            ),
            Rule(
                'wechat_review_information',
                Compare('wechat_only', 'is', True),
                (
                    Effect(
                        'icp_license',
                        'review',
                        Text(
                            '微信的类目审核对电商平台、社交、问答等类目仍要求提供许可证；你的类目是否要求，取决于你选择的服务类目。',
                            "WeChat's category review still asks for a licence for e-commerce-platform, social and Q&A categories; whether yours does depends on the service category you choose.",
                        ),
                        (Citation(_12, (), None, None, 'official'),),
                        Text(
                            '在小程序或公众号后台选择服务类目时，查看该类目要求的资质；要求ICP许可证的，没有许可证就无法通过类目审核。',
                            'When you choose the service category in the mini-program or Official Account admin, check the credentials it lists; if it lists an ICP licence, the category review will not pass without one.',
                        ),
                        'wechat',
                        None,
                    ),
                ),
                (),
                None,
                None,
            ),
            Rule(
                'wechat_review_marketplace',
                All((Compare('wechat_only', 'is', True), Compare('third_party_sellers', 'is', True))),
                (
                    Effect(
                        'edi_license',
                        'required',
                        Text(
                            '有商家入驻的商城属于微信的电商平台类目，微信类目审核要求持有增值电信业务经营许可证，许可的业务种类含B21或B25；没有许可证无法通过该类目审核。',
                            "A mall where merchants sell falls in WeChat's e-commerce-platform category, whose review asks for a value-added telecom licence with B21 or B25 in scope; without one the category review does not pass.",
                        ),
                        (
                            Citation(_12, (), None, None, 'official'),
                            Citation(
                                _10,
                                (),
                                None,
                                Text('业务种类须含B21或B25，来自代办机构的说法。', 'The B21-or-B25 scope is what agencies report.'),
                                'practice',
                            ),
                        ),
                        None,
                        'wechat',
                        None,
                    ),
                ),
                (),
                None,
                None,
            ),
            Rule(
                'foreign_edi_open',
                All(
                    (
                        Compare('third_party_sellers', 'is', True),
                        Compare('charges_sellers', 'is', True),
                        Not(Compare('wechat_only', 'is', True)),
                        Compare('foreign_equity', 'in', frozenset(('majority', 'minority'))),
                        Not(Compare('operator', 'in', frozenset(('individual', 'overseas', 'sole_trader')))),
                    ),
                ),
                (
                    Effect(
                        'edi_license',
                        'required',
                        Text(
                            '经营类电子商务（B21）自2015年起对外资全面放开，外资可持股至100%；外资身份不妨碍你申请EDI许可证。',
                            'Commercial e-commerce (B21) has been open to foreign investment up to 100% since 2015; foreign shareholders do not stop you getting the EDI licence.',
                        ),
                        (Citation(_25, (), None, None, 'official'),),
                        None,
                        None,
                        None,
                    ),
                ),
                (),
                None,
                None,
            ),
            Rule(
                'foreign_icp_cap_before_pilot',
                All(
                    (
                        Compare('foreign_equity', 'eq', 'majority'),
                        Not(Compare('wechat_only', 'is', True)),
                        AnyOf(
                            (
                                All(
                                    (
                                        Compare('third_party_sellers', 'is', True),
                                        Compare('charges_sellers', 'is', True),
                                    ),
                                ),
                                Compare('paid_content', 'is', True),
                                Compare('activities', 'has', 'ad_slots'),
                            ),
                        ),
                    ),
                ),
                (
                    Effect(
                        'icp_license',
                        'required',
                        Text(
                            '你的业务需要ICP许可证（B25），而信息服务业务的外资股比上限为50%，你的外资超过50%。',
                            'Your business needs the ICP licence (B25), and foreign equity in information services is capped at 50%; yours is above 50%.',
                        ),
                        (Citation(_27, (), None, None, 'law'),),
                        None,
                        None,
                        Text(
                            '外资超过50%的公司不能取得ICP许可证（B25）。需要调整股权结构（外资降至50%以下），或改变业务使其不需要该许可证。',
                            'A company more than 50% foreign-owned cannot get the ICP licence (B25). Restructure so foreign equity is 50% or less, or change the business so it needs no such licence.',
                        ),
                    ),
                ),
                ('own_goods_only', 'no_paid_information', 'membership_discounts'),
                None,
                date(2024, 10, 22),
            ),
            Rule(
                'foreign_icp_cap_outside_pilot',
                All(
                    (
                        Compare('foreign_equity', 'eq', 'majority'),
                        AnyOf(
                            (
                                Not(
                                    Compare(
                                        'province',
                                        'in',
                                        frozenset(('beijing', 'guangdong', 'hainan', 'shanghai')),
                                    ),
                                ),
                                Compare('registered_in_pilot', 'is', False),
                            ),
                        ),
                        Not(Compare('wechat_only', 'is', True)),
                        AnyOf(
                            (
                                All(
                                    (
                                        Compare('third_party_sellers', 'is', True),
                                        Compare('charges_sellers', 'is', True),
                                    ),
                                ),
                                Compare('paid_content', 'is', True),
                                Compare('activities', 'has', 'ad_slots'),
                            ),
                        ),
                    ),
                ),
                (
                    Effect(
                        'icp_license',
                        'required',
                        Text(
                            '你的业务需要ICP许可证（B25）。信息服务业务的外资股比上限为50%，只有2024年试点地区（北京服务业扩大开放综合示范区、上海临港新片区及浦东、海南自由贸易港、深圳）对部分业务例外，而你的公司不在试点地区。',
                            "Your business needs the ICP licence (B25). Foreign equity in information services is capped at 50%, with exceptions for some services only in the 2024 pilot areas (Beijing's demonstration zone, Shanghai's Lingang and Pudong, Hainan Free Trade Port, Shenzhen), and your company is not registered in one.",
                        ),
                        (Citation(_27, (), None, None, 'law'), Citation(_26, (), None, None, 'official')),
                        None,
                        None,
                        Text(
                            '外资超过50%、注册在试点地区以外的公司不能取得ICP许可证（B25）。可以把外资降至50%以下、在试点地区设立经营主体，或改变业务使其不需要该许可证。',
                            'Over 50% foreign-owned outside the pilot areas: no ICP licence. Cut foreign equity to 50% or less, move to a pilot area, or drop what needs it.',
                        ),
                    ),
                ),
                ('own_goods_only', 'no_paid_information', 'membership_discounts'),
                date(2024, 10, 23),
                None,
            ),
            Rule(
                'foreign_icp_pilot',
                All(
                    (
                        Compare('foreign_equity', 'eq', 'majority'),
                        Compare('registered_in_pilot', 'is', True),
                        Not(Compare('wechat_only', 'is', True)),
                        AnyOf(
                            (
                                All(
                                    (
                                        Compare('third_party_sellers', 'is', True),
                                        Compare('charges_sellers', 'is', True),
                                    ),
                                ),
                                Compare('paid_content', 'is', True),
                                Compare('activities', 'has', 'ad_slots'),
                            ),
                        ),
                    ),
                ),
                (
                    Effect(
                        'icp_license',
                        'required',
                        Text(
                            '你的业务需要ICP许可证（B25）。你的公司注册在2024年试点地区：自2024-10-23起，B25中只有信息发布平台和递送服务、信息保护和处理服务不受50%外资上限限制（新闻、网络出版、网络视听、互联网文化除外），而且每家公司须先取得工信部的试点批复。商家商品展示属于信息发布平台；自己的付费内容是否属于，有争议的余地。',
                            "Your business needs the ICP licence (B25). Your company is registered in a 2024 pilot area: from 2024-10-23 only information publishing and delivery, and information protection and processing, are freed from the 50% cap within B25 (news, online publishing, audio-visual and internet culture excluded), and each company first needs MIIT's pilot approval. Merchants' listings are information publishing; whether your own paid content is, is arguable.",
                        ),
                        (
                            Citation(_26, (), None, None, 'official'),
                            Citation(
                                _1,
                                (3,),
                                None,
                                Text(
                                    '付费内容是否属于信息发布平台是推断。',
                                    'Whether paid content is information publishing is an inference.',
                                ),
                                'inference',
                            ),
                        ),
                        None,
                        None,
                        None,
                    ),
                ),
                ('own_goods_only', 'no_paid_information', 'membership_discounts'),
                date(2024, 10, 23),
                None,
            ),
            Rule(
                'foreign_icp_pilot_community_capped',
                All(
                    (
                        Compare('foreign_equity', 'eq', 'majority'),
                        Compare('registered_in_pilot', 'is', True),
                        Not(Compare('wechat_only', 'is', True)),
                        Compare('activities', 'has', 'community'),
                        AnyOf(
                            (
                                All(
                                    (
                                        Compare('third_party_sellers', 'is', True),
                                        Compare('charges_sellers', 'is', True),
                                    ),
                                ),
                                Compare('paid_content', 'is', True),
                                Compare('activities', 'has', 'ad_slots'),
                            ),
                        ),
                    ),
                ),
                (
                    Effect(
                        'icp_license',
                        'required',
                        Text(
                            '你的业务需要ICP许可证（B25），并且有用户评价、问答、论坛或聊天功能。2024年试点没有放开信息社区平台和信息即时交互，这些业务仍受50%外资上限限制。',
                            'Your business needs the ICP licence (B25) and hosts reviews, Q&A, forums or chat. The 2024 pilot did not open information community or instant interaction services; they stay under the 50% cap.',
                        ),
                        (
                            Citation(_26, (), None, None, 'official'),
                            Citation(_4, (), Text('B25 信息服务业务', 'B25 (information services)'), None, 'official'),
                        ),
                        None,
                        None,
                        Text(
                            '外资超过50%的公司即使在试点地区，也不能经营社区、问答或即时通讯类信息服务。可以去掉这些功能、把外资降至50%以下，或由内资主体经营这部分业务。',
                            'A company more than 50% foreign-owned cannot run community, Q&A or instant-messaging information services even in a pilot area. Drop those features, bring foreign equity to 50% or less, or run them through a domestic company.',
                        ),
                    ),
                ),
                ('own_goods_only', 'no_paid_information', 'membership_discounts'),
                date(2024, 10, 23),
                None,
            ),
            Rule(
                'prior_approval_news_publishing_education',
                Compare(
                    'content_kinds',
                    'has_any',
                    frozenset(('education', 'news_publishing_education', 'video_courses')),
                ),
                (
                    Effect(
                        'prior_approval',
                        'review',
                        Text(
                            '《互联网信息服务管理办法》第5条的前置审批只适用于法律、法规规定须经审核同意的服务。教育：成人课程没有已知的全国性审批（原“教育网站和网校”审批据报道已于2016年取消，未核实）；面向中小学生的线上学科类培训自2021年起须取得办学许可。新闻见互联网新闻信息服务许可，出版见网络出版服务许可证。',
                            "The prior approval under Art. 5 of the Measures for the Administration of Internet Information Services applies only where a law or regulation requires the department's consent. Education: no national approval for adult courses is known (the old approval of education websites reportedly ended in 2016, unverified); online K-12 subject tutoring has needed a school-running licence since the 2021 rules. For news see the internet news licence; for publishing, the online publishing licence.",
                        ),
                        (Citation(_1, (5,), None, None, 'law'), Citation(_24, (), None, None, 'official')),
                        Text(
                            '确认你的课程是否面向中小学生的学科类培训；如果是，向教育主管部门了解办学许可；只面向成人的，向省教育主管部门确认没有前置审批。',
                            'Check whether your courses are K-12 subject tutoring; if so, ask the education department about the school-running licence; if they are for adults only, confirm with the provincial education department that no prior approval applies.',
                        ),
                        None,
                        None,
                    ),
                ),
                ('prior_approval_medical_removed',),
                None,
                None,
            ),
            Rule(
                'prior_approval_medical_before_797',
                Compare('content_kinds', 'has', 'medical_info'),
                (
                    Effect(
                        'prior_approval',
                        'required',
                        Text(
                            '在2025-01-20之前，《互联网信息服务管理办法》第5条的前置审批范围包括医疗保健信息服务；提供这类信息须先取得主管部门的审核同意。',
                            "Before 2025-01-20, the prior-approval list in Art. 5 of the Measures for the Administration of Internet Information Services included medical and health-care information, which then needed the competent department's approval first.",
                        ),
                        (
                            Citation(
                                _1,
                                (5,),
                                None,
                                Text('2025-01-20之前的文本。', 'The text in force before 2025-01-20.'),
                                'law',
                            ),
                        ),
                        None,
                        None,
                        None,
                    ),
                ),
                ('prior_approval_news_publishing_education',),
                None,
                date(2025, 1, 19),
            ),
            Rule(
                'prior_approval_medical_removed',
                Compare('content_kinds', 'has', 'medical_info'),
                (
                    Effect(
                        'prior_approval',
                        'not_required',
                        Text(
                            '国务院令第797号自2025-01-20起把医疗保健、药品和医疗器械从《互联网信息服务管理办法》第5条的前置审批范围中删除；医疗保健信息不再需要这项前置审批。',
                            'From 2025-01-20 State Council Decree No. 797 took medical care, drugs and medical devices out of the prior-approval list in Art. 5 of the Measures for the Administration of Internet Information Services, so medical information no longer needs this approval.',
                        ),
                        (Citation(_11, (), None, None, 'law'), Citation(_1, (5,), None, None, 'law')),
                        None,
                        None,
                        None,
                    ),
                ),
                (),
                date(2025, 1, 20),
                None,
            ),
            Rule(
                'no_prior_approval',
                Not(
                    Compare(
                        'content_kinds',
                        'has_any',
                        frozenset(('education', 'medical_info', 'news_publishing_education', 'video_courses')),
                    ),
                ),
                (
                    Effect(
                        'prior_approval',
                        'not_required',
                        Text(
                            '你不提供课程、教育培训或医疗保健类信息服务，不需要《互联网信息服务管理办法》第5条的前置审批；新闻和出版的审批分别是互联网新闻信息服务许可和网络出版服务许可证，各列一项（药品和医疗器械信息见互联网药品信息服务资格证书一项）。',
                            'You provide no courses, teaching, training or medical information service, so the prior approval under Art. 5 of the Measures for the Administration of Internet Information Services does not apply here; news and publishing have their approvals listed as the internet news licence and the online publishing licence (for drug and device information see the drug information certificate).',
                        ),
                        (Citation(_1, (5,), None, None, 'law'),),
                        None,
                        None,
                        None,
                    ),
                ),
                (),
                None,
                None,
            ),
            Rule(
                'news_information',
                Compare('content_kinds', 'has', 'news'),
                (
                    Effect(
                        'news_license',
                        'required',
                        Text(
                            '你提供新闻信息服务，须取得国家互联网信息办公室的互联网新闻信息服务许可，这就是《互联网信息服务管理办法》第5条所说的新闻类前置审批。',
                            "You provide news information, which needs the Cyberspace Administration's internet news information service licence; that is the approval Art. 5 of the Measures for the Administration of Internet Information Services means for news.",
                        ),
                        (Citation(_1, (5,), None, None, 'law'), Citation(_23, (), None, None, 'inference')),
                        None,
                        None,
                        None,
                    ),
                ),
                (),
                None,
                None,
            ),
            Rule(
                'news_not_yet_split',
                All(
                    (
                        Compare('content_kinds', 'has', 'news_publishing_education'),
                        Not(Compare('content_kinds', 'has', 'news')),
                    ),
                ),
                (
                    Effect(
                        'news_license',
                        'review',
                        Text(
                            '你选择了“新闻、出版或教育”但没有说明是哪一类；如果是新闻，需要互联网新闻信息服务许可。',
                            'You chose "news, publishing or education" without saying which; if it is news, the internet news licence is needed.',
                        ),
                        (Citation(_1, (5,), None, None, 'law'), Citation(_23, (), None, None, 'inference')),
                        Text(
                            '重新回答内容类型，分别选择新闻、教育或经编辑加工的电子书。',
                            'Answer the content question again, choosing news, education or edited e-books separately.',
                        ),
                        None,
                        None,
                    ),
                ),
                (),
                None,
                None,
            ),
            Rule(
                'foreign_closed_news',
                All(
                    (
                        Compare('content_kinds', 'has', 'news'),
                        Compare('foreign_equity', 'in', frozenset(('majority', 'minority'))),
                    ),
                ),
                (
                    Effect(
                        'news_license',
                        'required',
                        Text(
                            '互联网新闻信息服务禁止外商投资。',
                            'Internet news information services are closed to foreign investment.',
                        ),
                        (Citation(_27, (), None, None, 'law'),),
                        None,
                        None,
                        Text(
                            '有外资的公司不能提供互联网新闻信息服务。只能由纯内资主体经营，或不提供新闻。',
                            'A company with foreign shareholders cannot provide internet news information. Run it through a wholly domestic company, or drop the news.',
                        ),
                    ),
                ),
                (),
                None,
                None,
            ),
            Rule(
                'no_news',
                Not(Compare('content_kinds', 'has_any', frozenset(('news', 'news_publishing_education')))),
                (
                    Effect(
                        'news_license',
                        'not_required',
                        Text('你不提供新闻信息服务。', 'You provide no news information.'),
                        (Citation(_1, (5,), None, None, 'law'), Citation(_23, (), None, None, 'inference')),
                        None,
                        None,
                        None,
                    ),
                ),
                (),
                None,
                None,
            ),
            Rule(
                'food_other',
                Compare('goods', 'has', 'other_food'),
                (
                    Effect(
                        'food_license',
                        'required',
                        Text(
                            '你销售预包装食品以外的食品（如现做或散装食品），需要食品经营许可证。',
                            'You sell food other than pre-packaged food (freshly made or loose food), which needs a food business licence.',
                        ),
                        (Citation(_13, (), None, None, 'law'),),
                        None,
                        None,
                        None,
                    ),
                    Effect(
                        'food_filing',
                        'not_required',
                        Text(
                            '食品经营备案只适用于仅销售预包装食品的情形；你还卖其他食品，应办理许可证。',
                            'The food filing is only for businesses selling nothing but pre-packaged food; you sell other food too, so the licence is the route.',
                        ),
                        (Citation(_13, (), None, None, 'law'),),
                        None,
                        None,
                        None,
                    ),
                ),
                (),
                None,
                None,
            ),
            Rule(
                'food_prepackaged_only',
                All((Compare('goods', 'has', 'prepackaged_food'), Not(Compare('goods', 'has', 'other_food')))),
                (
                    Effect(
                        'food_filing',
                        'required',
                        Text(
                            '你只销售预包装食品，需向县级市场监管部门办理食品经营备案（不需要许可证）。',
                            'You sell only pre-packaged food, so you file with the county market regulator (no licence needed).',
                        ),
                        (Citation(_13, (), None, None, 'law'),),
                        None,
                        None,
                        None,
                    ),
                    Effect(
                        'food_license',
                        'not_required',
                        Text(
                            '仅销售预包装食品的，办理备案即可，不需要食品经营许可证。',
                            'Selling only pre-packaged food needs the filing, not the food business licence.',
                        ),
                        (Citation(_13, (), None, None, 'law'),),
                        None,
                        None,
                        None,
                    ),
                ),
                (),
                None,
                None,
            ),
            Rule(
                'no_food',
                Not(Compare('goods', 'has_any', frozenset(('other_food', 'prepackaged_food')))),
                (
                    Effect(
                        'food_filing',
                        'not_required',
                        Text('你不以自己名义销售食品。', 'You sell no food under your own name.'),
                        (Citation(_13, (), None, None, 'law'),),
                        None,
                        None,
                        None,
                    ),
                    Effect(
                        'food_license',
                        'not_required',
                        Text('你不以自己名义销售食品。', 'You sell no food under your own name.'),
                        (Citation(_13, (), None, None, 'law'),),
                        None,
                        None,
                        None,
                    ),
                ),
                (),
                None,
                None,
            ),
            Rule(
                'drug_info_before_797',
                AnyOf(
                    (
                        Compare('goods', 'has', 'drugs_devices'),
                        Compare('content_kinds', 'has', 'drug_device_info'),
                    ),
                ),
                (
                    Effect(
                        'drug_info_certificate',
                        'required',
                        Text(
                            '你在网上提供药品或医疗器械信息。在2025-01-20之前，药品和医疗器械属于《互联网信息服务管理办法》第5条的前置审批范围，须先取得互联网药品信息服务资格证书，再办理ICP许可证或备案。',
                            'You provide drug or medical-device information online. Before 2025-01-20 drugs and devices were on the prior-approval list of Art. 5 of the Measures for the Administration of Internet Information Services, so the drug information certificate came first, then the ICP licence or filing.',
                        ),
                        (
                            Citation(_15, (2, 3, 5), None, None, 'law'),
                            Citation(
                                _1,
                                (5,),
                                None,
                                Text('2025-01-20之前的文本。', 'The text in force before 2025-01-20.'),
                                'law',
                            ),
                        ),
                        None,
                        None,
                        None,
                    ),
                ),
                (),
                None,
                date(2025, 1, 19),
            ),
            Rule(
                'drug_info_since_797',
                AnyOf(
                    (
                        Compare('goods', 'has', 'drugs_devices'),
                        Compare('content_kinds', 'has', 'drug_device_info'),
                    ),
                ),
                (
                    Effect(
                        'drug_info_certificate',
                        'review',
                        Text(
                            '你在网上提供药品或医疗器械信息（销售时的商品信息也算）。《互联网药品信息服务管理办法》第2条适用于一切通过互联网提供药品、医疗器械信息的服务，无论有偿无偿（第3条），第5条要求在ICP许可证或备案之前取得资格证书；而国务院令第797号自2025-01-20起已把药品和医疗器械从《互联网信息服务管理办法》第5条的前置审批范围中删除。此后该证书是否仍是前置条件，尚未在官方文本中核实；但不能据此认为不需要这项证书。',
                            'You provide drug or medical-device information online (product information on a shop counts). Art. 2 of the Measures for the Administration of Internet Drug Information Services covers any service providing drug or device information online, paid or free (Art. 3), and Art. 5 puts the certificate before the ICP licence or filing; but from 2025-01-20 State Council Decree No. 797 took drugs and devices out of the prior-approval list of Art. 5 of the Measures for the Administration of Internet Information Services. Whether the certificate is still a prerequisite since then is unverified in an official text; that does not mean it is not needed.',
                        ),
                        (
                            Citation(_15, (2, 3, 5), None, None, 'law'),
                            Citation(
                                _11,
                                (),
                                None,
                                Text(
                                    '797号令之后证书是否仍为前置条件有争议，未核实。',
                                    'Whether the certificate is still a prerequisite after Decree No. 797 is disputed and unverified.',
                                ),
                                'disputed',
                            ),
                        ),
                        Text(
                            '向所在省药品监督管理部门确认提供药品/医疗器械信息是否仍需资格证书、是否须在ICP备案或许可之前取得。',
                            'Ask your provincial drug regulator whether drug or device information still needs the certificate, and whether it must come before the ICP filing or licence.',
                        ),
                        None,
                        None,
                    ),
                ),
                (),
                date(2025, 1, 20),
                None,
            ),
            Rule(
                'no_drug_info',
                All(
                    (
                        Not(Compare('goods', 'has', 'drugs_devices')),
                        Not(Compare('merchant_goods', 'has_any', frozenset(('drugs', 'medical_devices')))),
                        Not(Compare('content_kinds', 'has', 'drug_device_info')),
                    ),
                ),
                (
                    Effect(
                        'drug_info_certificate',
                        'not_required',
                        Text(
                            '你不以自己名义销售药品或医疗器械，入驻商家（如有）也不销售，你也不发布药品或医疗器械信息。',
                            'You sell no drugs or medical devices under your own name, no merchant (if you have any) sells them, and you publish no information on them.',
                        ),
                        (Citation(_15, (), None, None, 'law'),),
                        None,
                        None,
                        None,
                    ),
                ),
                (),
                None,
                None,
            ),
            Rule(
                'books_av',
                Compare('goods', 'has', 'books_av'),
                (
                    Effect(
                        'publication_license',
                        'required',
                        Text(
                            '你销售实体图书、报刊或音像制品，需要出版物经营许可证；网上发行的，须在开始网上销售后15日内向出版主管部门备案。微信的图书报刊、音像类目也要求提供许可证。',
                            "You sell physical books, periodicals or AV products, which needs a publications business licence; selling online, you file with the publishing administration within 15 days of starting. WeChat's books and AV categories ask for the licence too.",
                        ),
                        (
                            Citation(_21, (), None, None, 'law'),
                            Citation(_22, (), None, Text('条文序号未核实。', 'Article numbers unverified.'), 'law'),
                            Citation(_12, (), None, None, 'official'),
                        ),
                        None,
                        None,
                        None,
                    ),
                ),
                (),
                None,
                None,
            ),
            Rule(
                'no_books_av',
                Not(Compare('goods', 'has', 'books_av')),
                (
                    Effect(
                        'publication_license',
                        'not_required',
                        Text(
                            '你不以自己名义销售图书、报刊或音像制品。',
                            'You sell no books, periodicals or AV products under your own name.',
                        ),
                        (Citation(_22, (), None, None, 'law'),),
                        None,
                        None,
                        None,
                    ),
                ),
                (),
                None,
                None,
            ),
            Rule(
                'prepaid_cards',
                Compare('activities', 'has', 'prepaid_cards'),
                (
                    Effect(
                        'prepaid_card_filing',
                        'required',
                        Text(
                            '你发售只能在本企业使用的储值卡或预付卡（包括电子卡），须在开始发卡后30日内向商务主管部门备案。',
                            'You issue stored-value or prepaid cards (virtual ones included) usable only with you; file with the commerce department within 30 days of starting.',
                        ),
                        (Citation(_16, (), None, None, 'law'),),
                        None,
                        None,
                        None,
                    ),
                ),
                (),
                None,
                None,
            ),
            Rule(
                'no_prepaid_cards',
                Not(Compare('activities', 'has', 'prepaid_cards')),
                (
                    Effect(
                        'prepaid_card_filing',
                        'not_required',
                        Text('你不发售储值卡或预付卡。', 'You issue no stored-value or prepaid cards.'),
                        (Citation(_16, (), None, None, 'law'),),
                        None,
                        None,
                        None,
                    ),
                ),
                (),
                None,
                None,
            ),
            Rule(
                'av_programmes',
                Compare('content_kinds', 'has', 'video_programmes'),
                (
                    Effect(
                        'av_license',
                        'required',
                        Text(
                            '你通过网络提供视听节目，需要信息网络传播视听节目许可证（第7条）。注意：第8条第1项要求申请人为国有独资或国有控股单位，民营企业无法取得；在依赖视听节目制定计划之前，请先确认这一点。',
                            'You offer audio-visual programmes online, which needs the audio-visual programme licence (Art. 7). Note: Art. 8(1) requires the applicant to be wholly state-owned or state-controlled, so a private company cannot get it; confirm this before you build plans on video programmes.',
                        ),
                        (
                            Citation(_17, (7,), None, None, 'law'),
                            Citation(_17, (8,), Text('第1项', 'item 1'), None, 'law'),
                        ),
                        None,
                        None,
                        None,
                    ),
                ),
                ('av_video_courses',),
                None,
                None,
            ),
            Rule(
                'av_video_courses',
                Compare('content_kinds', 'has', 'video_courses'),
                (
                    Effect(
                        'av_license',
                        'review',
                        Text(
                            '你提供录播视频课程。《互联网视听节目服务管理规定》第2条的范围很宽，但实践中不向售卖课程的小商家发放这一许可证；微信的“在线视频课程”类目会要求视听相关资质。',
                            "You offer recorded video courses. Art. 2 of the audio-visual rules is broad, but in practice small course sellers are not licensed under it; WeChat's online video course category asks for audio-visual credentials.",
                        ),
                        (
                            Citation(_17, (2,), None, None, 'law'),
                            Citation(
                                _10,
                                (),
                                None,
                                Text(
                                    '实践中不向售卖课程的小商家发放该许可证。',
                                    'In practice small course sellers are not licensed under it.',
                                ),
                                'practice',
                            ),
                            Citation(_12, (), None, None, 'official'),
                        ),
                        Text(
                            '向省广播电视局咨询你的课程是否属于视听节目服务；在微信选择课程类目时查看它列出的资质。',
                            "Ask the provincial broadcasting bureau whether your courses count as an audio-visual programme service; check what WeChat's course category lists when you choose it.",
                        ),
                        None,
                        None,
                    ),
                ),
                (),
                None,
                None,
            ),
            Rule(
                'foreign_closed_av',
                All(
                    (
                        AnyOf(
                            (
                                Compare('content_kinds', 'has', 'video_programmes'),
                                Compare('activities', 'has', 'live_performance'),
                            ),
                        ),
                        Compare('foreign_equity', 'in', frozenset(('majority', 'minority'))),
                    ),
                ),
                (
                    Effect(
                        'av_license',
                        'required',
                        Text(
                            '网络视听节目服务禁止外商投资。',
                            'Online audio-visual programme services are closed to foreign investment.',
                        ),
                        (Citation(_27, (), None, None, 'law'),),
                        None,
                        None,
                        Text(
                            '有外资的公司不能经营网络视听节目服务。只能由纯内资主体经营，或不提供视听节目。',
                            'A company with foreign shareholders cannot run online audio-visual programme services. Run them through a wholly domestic company, or drop the programmes.',
                        ),
                    ),
                ),
                ('av_video_courses',),
                None,
                None,
            ),
            Rule(
                'no_av_programmes',
                All(
                    (
                        Not(
                            Compare('content_kinds', 'has_any', frozenset(('video_courses', 'video_programmes'))),
                        ),
                        Not(Compare('activities', 'has', 'live_performance')),
                    ),
                ),
                (
                    Effect(
                        'av_license',
                        'not_required',
                        Text(
                            '你不提供视听节目、录播课程或表演直播。',
                            'You offer no audio-visual programmes, recorded courses or performance live streams.',
                        ),
                        (Citation(_17, (2,), None, None, 'law'),),
                        None,
                        None,
                        None,
                    ),
                ),
                (),
                None,
                None,
            ),
            Rule(
                'online_publishing',
                Compare('content_kinds', 'has', 'edited_ebooks'),
                (
                    Effect(
                        'online_publishing_license',
                        'required',
                        Text(
                            '你以平台身份提供经过编辑加工、具有出版特征的电子书或有声书，需要网络出版服务许可证（在公众号发布自己文章的作者不属于此类）。',
                            'As a platform you offer edited e-books or audio books with the features of a publication, which needs the online publishing licence (authors posting their own articles in an Official Account do not).',
                        ),
                        (Citation(_18, (), None, None, 'law'),),
                        None,
                        None,
                        None,
                    ),
                ),
                (),
                None,
                None,
            ),
            Rule(
                'foreign_closed_publishing',
                All(
                    (
                        Compare('content_kinds', 'has', 'edited_ebooks'),
                        Compare('foreign_equity', 'in', frozenset(('majority', 'minority'))),
                    ),
                ),
                (
                    Effect(
                        'online_publishing_license',
                        'required',
                        Text('网络出版服务禁止外商投资。', 'Online publishing services are closed to foreign investment.'),
                        (Citation(_27, (), None, None, 'law'),),
                        None,
                        None,
                        Text(
                            '有外资的公司不能从事网络出版服务。只能由纯内资主体经营，或不提供此类作品。',
                            'A company with foreign shareholders cannot provide online publishing services. Run them through a wholly domestic company, or drop these works.',
                        ),
                    ),
                ),
                (),
                None,
                None,
            ),
            Rule(
                'no_online_publishing',
                Not(Compare('content_kinds', 'has', 'edited_ebooks')),
                (
                    Effect(
                        'online_publishing_license',
                        'not_required',
                        Text(
                            '你不提供具有出版特征的电子书或有声书。',
                            'You offer no e-books or audio books with the features of a publication.',
                        ),
                        (Citation(_18, (), None, None, 'law'),),
                        None,
                        None,
                        None,
                    ),
                ),
                (),
                None,
                None,
            ),
            Rule(
                'live_performance',
                Compare('activities', 'has', 'live_performance'),
                (
                    Effect(
                        'internet_culture_license',
                        'required',
                        Text(
                            '你运营自己的直播平台，主播或表演者在上面开展网络表演，需要网络文化经营许可证。',
                            'You run your own live-stream platform where hosts or performers give online performances, which needs the internet culture licence.',
                        ),
                        (Citation(_19, (2, 8), None, None, 'law'),),
                        None,
                        None,
                        None,
                    ),
                    Effect(
                        'av_license',
                        'required',
                        Text(
                            '网络视听直播还需要信息网络传播视听节目许可证，或在国家广播电视总局办理网络视听直播的登记（第7条规定许可或备案）。',
                            'Audio-visual live streaming also needs the audio-visual programme licence, or the NRTA registration for online audio-visual live streaming (Art. 7 provides a licence or a filing).',
                        ),
                        (
                            Citation(_17, (7,), None, None, 'inference'),
                            Citation(_10, (), None, None, 'practice'),
                        ),
                        None,
                        None,
                        None,
                    ),
                    Effect(
                        'icp_license',
                        'required',
                        Text(
                            '用户为打赏或虚拟礼物付费，就是为信息付费，属于经营性互联网信息服务，需要ICP许可证。',
                            'Users paying for tips or virtual gifts are paying for information, a commercial internet information service that needs the ICP licence.',
                        ),
                        (
                            Citation(_1, (3, 4), None, None, 'inference'),
                            Citation(_10, (), None, None, 'practice'),
                        ),
                        None,
                        None,
                        None,
                    ),
                ),
                ('own_goods_only', 'no_paid_information', 'membership_discounts', 'av_video_courses'),
                None,
                None,
            ),
            Rule(
                'foreign_closed_culture',
                All(
                    (
                        Compare('activities', 'has', 'live_performance'),
                        Compare('foreign_equity', 'in', frozenset(('majority', 'minority'))),
                    ),
                ),
                (
                    Effect(
                        'internet_culture_license',
                        'required',
                        Text(
                            '互联网文化经营（网络音乐除外）禁止外商投资。',
                            'Internet culture business (online music excepted) is closed to foreign investment.',
                        ),
                        (Citation(_27, (), None, None, 'law'),),
                        None,
                        None,
                        Text(
                            '有外资的公司不能经营网络表演等互联网文化业务。只能由纯内资主体经营，或不做表演类直播。',
                            'A company with foreign shareholders cannot run online performances or other internet culture business. Run it through a wholly domestic company, or drop performance live streams.',
                        ),
                    ),
                ),
                (),
                None,
                None,
            ),
            Rule(
                'live_selling_not_performance',
                All(
                    (
                        Compare('activities', 'has', 'live_selling'),
                        Not(Compare('activities', 'has', 'live_performance')),
                    ),
                ),
                (
                    Effect(
                        'internet_culture_license',
                        'not_required',
                        Text(
                            '文化和旅游部2019年明确：电商直播带货不属于网络表演，不需要网络文化经营许可证。',
                            'The Ministry of Culture and Tourism said in 2019 that live-stream selling of goods is not an online performance and needs no internet culture licence.',
                        ),
                        (Citation(_20, (), None, None, 'official'),),
                        None,
                        None,
                        None,
                    ),
                ),
                (),
                None,
                None,
            ),
            Rule(
                'no_internet_culture',
                Not(Compare('activities', 'has_any', frozenset(('live_performance', 'live_selling')))),
                (
                    Effect(
                        'internet_culture_license',
                        'not_required',
                        Text(
                            '你不经营网络表演、网络音乐等网络文化产品。',
                            'You run no online performances, music or other internet culture products.',
                        ),
                        (Citation(_19, (), None, None, 'law'),),
                        None,
                        None,
                        None,
                    ),
                ),
                (),
                None,
                None,
            ),
            Rule(
                'overseas_cannot_file_domain',
                All(
                    (
                        Compare('channels', 'has_any', frozenset(('backend_domain', 'own_domain'))),
                        Compare('operator', 'eq', 'overseas'),
                    ),
                ),
                (
                    Effect(
                        'icp_filing',
                        'required',
                        Text(
                            '自有域名必须备案，但境外主体（在境内没有公司）不能办理ICP备案。',
                            'A domain of your own must be filed, but an entity outside mainland China with no company in it cannot make the ICP filing.',
                        ),
                        (Citation(_34, (), None, None, 'practice'),),
                        None,
                        None,
                        Text(
                            '境外主体不能为域名办理备案，而微信只接受已备案的域名。先在境内设立公司，由它持有域名并办理备案。',
                            'An overseas entity cannot file a domain, and WeChat accepts only filed domains. Set up a company in mainland China to hold the domain and file it.',
                        ),
                    ),
                ),
                (),
                None,
                None,
            ),
            Rule(
                'prepaid_cards_not_enterprise',
                All(
                    (
                        Compare('activities', 'has', 'prepaid_cards'),
                        Compare('operator', 'in', frozenset(('individual', 'sole_trader'))),
                    ),
                ),
                (
                    Effect(
                        'prepaid_card_filing',
                        'not_required',
                        Text(
                            '单用途商业预付卡备案针对零售、住宿和餐饮、居民服务业的企业法人（第2条）；个体工商户和个人不在其内，没有全国性的备案要求（这是推断；地方可能另有规定）。',
                            'The single-purpose card filing covers incorporated enterprises in retail, hospitality, catering and resident services (Art. 2); sole traders and individuals are outside it, with no national filing (an inference; local rules may differ).',
                        ),
                        (
                            Citation(_16, (2,), None, None, 'law'),
                            Citation(
                                _16,
                                (),
                                None,
                                Text(
                                    '个体工商户没有全国性备案要求是推断。',
                                    'That sole traders have no national filing is an inference.',
                                ),
                                'inference',
                            ),
                        ),
                        None,
                        None,
                        None,
                    ),
                ),
                ('prepaid_cards',),
                None,
                None,
            ),
            Rule(
                'icp_licence_not_a_company',
                All(
                    (
                        Compare('operator', 'in', frozenset(('individual', 'sole_trader'))),
                        Not(Compare('wechat_only', 'is', True)),
                        AnyOf(
                            (
                                All(
                                    (
                                        Compare('third_party_sellers', 'is', True),
                                        Compare('charges_sellers', 'is', True),
                                    ),
                                ),
                                Compare('paid_content', 'is', True),
                                Compare('activities', 'has_any', frozenset(('ad_slots', 'live_performance'))),
                            ),
                        ),
                    ),
                ),
                (
                    Effect(
                        'icp_license',
                        'required',
                        Text(
                            '你的业务需要ICP许可证，而增值电信业务经营许可证的申请人须是依法设立的公司（《电信业务经营许可管理办法》第6条）；个人和个体工商户不能持有。',
                            'Your business needs the ICP licence, and the applicant for a value-added telecom licence must be a lawfully established company (Art. 6 of the Measures for the Administration of Telecommunications Business Licences); individuals and sole traders cannot hold one.',
                        ),
                        (Citation(_5, (6,), None, None, 'law'),),
                        None,
                        None,
                        Text(
                            '个人和个体工商户不能取得ICP许可证。先设立公司，由公司申请许可证并经营这项业务；或者改变业务，使其不需要许可证。',
                            'An individual or sole trader cannot get the ICP licence. Set up a company to apply for the licence and run this business, or change the business so it needs no licence.',
                        ),
                    ),
                ),
                (
                    'platform_charges_sellers',
                    'paid_information',
                    'ad_slots_listing',
                    'live_performance',
                    'own_goods_only',
                    'no_paid_information',
                    'membership_discounts',
                ),
                None,
                None,
            ),
            Rule(
                'edi_licence_not_a_company',
                All(
                    (
                        Compare('operator', 'in', frozenset(('individual', 'sole_trader'))),
                        Not(Compare('wechat_only', 'is', True)),
                        Compare('third_party_sellers', 'is', True),
                        Compare('charges_sellers', 'is', True),
                    ),
                ),
                (
                    Effect(
                        'edi_license',
                        'required',
                        Text(
                            '你向入驻商家收费，需要EDI许可证，而增值电信业务经营许可证的申请人须是依法设立的公司（《电信业务经营许可管理办法》第6条）；个人和个体工商户不能持有。',
                            'You charge merchants, which needs the EDI licence, and the applicant for a value-added telecom licence must be a lawfully established company (Art. 6 of the Measures for the Administration of Telecommunications Business Licences); individuals and sole traders cannot hold one.',
                        ),
                        (Citation(_5, (6,), None, None, 'law'),),
                        None,
                        None,
                        Text(
                            '个人和个体工商户不能取得EDI许可证。先设立公司，由公司申请许可证并运营平台；或者不向商家收费、不让他人入驻销售。',
                            'An individual or sole trader cannot get the EDI licence. Set up a company to apply for the licence and run the platform, or stop charging merchants and letting others sell.',
                        ),
                    ),
                ),
                ('platform_charges_sellers',),
                None,
                None,
            ),
            Rule(
                'icp_licence_overseas',
                All(
                    (
                        Compare('operator', 'eq', 'overseas'),
                        Not(Compare('wechat_only', 'is', True)),
                        AnyOf(
                            (
                                All(
                                    (
                                        Compare('third_party_sellers', 'is', True),
                                        Compare('charges_sellers', 'is', True),
                                    ),
                                ),
                                Compare('paid_content', 'is', True),
                                Compare('activities', 'has_any', frozenset(('ad_slots', 'live_performance'))),
                            ),
                        ),
                    ),
                ),
                (
                    Effect(
                        'icp_license',
                        'required',
                        Text(
                            '你的业务需要ICP许可证，而申请人须是在中国境内依法设立的公司（《电信业务经营许可管理办法》第6条）；境外主体本身不能申请。',
                            'Your business needs the ICP licence, and the applicant must be a company lawfully established in mainland China (Art. 6 of the Measures for the Administration of Telecommunications Business Licences); an overseas entity cannot apply itself.',
                        ),
                        (
                            Citation(_5, (6,), None, None, 'law'),
                            Citation(
                                _28,
                                (),
                                None,
                                Text(
                                    '2022年修订的令号和施行日期凭审阅者记忆，未核实。',
                                    "The 2022 revision's decree number and date are from the auditor's memory, unverified.",
                                ),
                                'law',
                            ),
                        ),
                        None,
                        None,
                        Text(
                            '境外主体不能取得ICP许可证。须先在境内设立公司（有外资的，按《外商投资电信企业管理规定》设立外商投资电信企业，并受信息服务业务50%外资上限限制），由它申请。',
                            'An overseas entity cannot get the ICP licence. First set up a company in mainland China (with foreign capital, a foreign-invested telecom enterprise under the Provisions on Foreign-Invested Telecommunications Enterprises, subject to the 50% cap on information services) to apply.',
                        ),
                    ),
                ),
                (
                    'platform_charges_sellers',
                    'paid_information',
                    'ad_slots_listing',
                    'live_performance',
                    'own_goods_only',
                    'no_paid_information',
                    'membership_discounts',
                ),
                None,
                None,
            ),
            Rule(
                'edi_licence_overseas',
                All(
                    (
                        Compare('operator', 'eq', 'overseas'),
                        Not(Compare('wechat_only', 'is', True)),
                        Compare('third_party_sellers', 'is', True),
                        Compare('charges_sellers', 'is', True),
                    ),
                ),
                (
                    Effect(
                        'edi_license',
                        'required',
                        Text(
                            '你向入驻商家收费，需要EDI许可证。经营类电子商务（B21）虽然对外资全面开放，但申请人须是在中国境内依法设立的公司（《电信业务经营许可管理办法》第6条）；在境内没有公司的境外主体本身不能申请。',
                            'You charge merchants, which needs the EDI licence. Commercial e-commerce (B21) is fully open to foreign capital, but the applicant must be a company lawfully established in mainland China (Art. 6 of the Measures for the Administration of Telecommunications Business Licences); an overseas entity with no company there cannot apply itself.',
                        ),
                        (
                            Citation(_5, (6,), None, None, 'law'),
                            Citation(_25, (), None, None, 'official'),
                            Citation(
                                _28,
                                (),
                                None,
                                Text(
                                    '2022年修订的令号和施行日期凭审阅者记忆，未核实。',
                                    "The 2022 revision's decree number and date are from the auditor's memory, unverified.",
                                ),
                                'law',
                            ),
                        ),
                        None,
                        None,
                        Text(
                            '境外主体不能取得EDI许可证。须先在境内设立公司（可以是外资持股至100%的外商投资电信企业），由它申请。',
                            'An overseas entity cannot get the EDI licence. First set up a company in mainland China (it may be a foreign-invested telecom enterprise, up to 100% foreign-owned) to apply.',
                        ),
                    ),
                ),
                ('platform_charges_sellers', 'foreign_edi_open'),
                None,
                None,
            ),
            Rule(
                'multi_merchant_cards',
                All(
                    (
                        Compare('activities', 'has', 'prepaid_cards'),
                        Compare('card_scope', 'eq', 'several_merchants'),
                    ),
                ),
                (
                    Effect(
                        'payment_license',
                        'required',
                        Text(
                            '你的卡可以在其他不相关的商户使用，这是多用途预付卡；预付卡的发行与受理属于支付业务（《非金融机构支付服务管理办法》，2010），《非银行支付机构监督管理条例》（2024-05-01施行）把支付业务分为储值账户运营和支付交易处理，禁止未经许可经营。',
                            'Your cards can be spent at other, unrelated merchants: a multi-purpose prepaid card. Issuing and accepting prepaid cards is payment business (Measures for the Administration of Payment Services of Non-financial Institutions, 2010), and the Regulations on Non-bank Payment Institutions (in force 2024-05-01) split payment business into stored-value account operation and payment transaction processing, neither allowed without a licence.',
                        ),
                        (Citation(_30, (), None, None, 'law'), Citation(_31, (), None, None, 'law')),
                        None,
                        None,
                        Text(
                            '没有支付业务许可不能发行多用途预付卡。改为只能在本企业、本集团或同一品牌使用的单用途卡，或使用持牌支付机构的产品。',
                            "Without a payment licence you cannot issue multi-purpose cards. Limit the cards to you, your group or your brand, or use a licensed payment institution's product.",
                        ),
                    ),
                    Effect(
                        'prepaid_card_filing',
                        'not_required',
                        Text(
                            '单用途商业预付卡备案只适用于只能在发卡企业、其集团或同一品牌使用的卡；能在其他商户使用的卡不属于这项备案，而是支付业务。',
                            'The single-purpose card filing covers only cards redeemable with the issuer, its group or brand; cards usable at other merchants fall outside it, as payment business.',
                        ),
                        (Citation(_16, (2,), None, None, 'law'),),
                        None,
                        None,
                        None,
                    ),
                ),
                ('prepaid_cards',),
                None,
                None,
            ),
            Rule(
                'no_multi_merchant_cards',
                Not(Compare('card_scope', 'eq', 'several_merchants')),
                (
                    Effect(
                        'payment_license',
                        'not_required',
                        Text(
                            '你不发行可在其他不相关商户使用的储值卡或预付卡。',
                            'You issue no stored value usable at other, unrelated merchants.',
                        ),
                        (Citation(_30, (), None, None, 'law'),),
                        None,
                        None,
                        None,
                    ),
                ),
                (),
                None,
                None,
            ),
            Rule(
                'no_marketplace_regulated_goods',
                Compare('third_party_sellers', 'is', False),
                (
                    Effect(
                        'food_platform_filing',
                        'not_required',
                        Text(
                            '没有商家在你的商城入驻销售，你不是第三方平台。',
                            'No merchants sell in your mall, so you are not a third-party platform.',
                        ),
                        (Citation(_40, (8,), None, None, 'official'),),
                        None,
                        None,
                        None,
                    ),
                    Effect(
                        'drug_platform_filing',
                        'not_required',
                        Text(
                            '没有商家在你的商城入驻销售，你不是第三方平台。',
                            'No merchants sell in your mall, so you are not a third-party platform.',
                        ),
                        (Citation(_41, (), None, None, 'official'),),
                        None,
                        None,
                        None,
                    ),
                    Effect(
                        'device_platform_filing',
                        'not_required',
                        Text(
                            '没有商家在你的商城入驻销售，你不是第三方平台。',
                            'No merchants sell in your mall, so you are not a third-party platform.',
                        ),
                        (Citation(_44, (), None, None, 'unverified'),),
                        None,
                        None,
                        None,
                    ),
                ),
                (),
                None,
                None,
            ),
            Rule(
                'platform_food',
                Compare('merchant_goods', 'has_any', frozenset(('food', 'restaurant_meals'))),
                (
                    Effect(
                        'food_platform_filing',
                        'required',
                        Text(
                            '入驻商家在你的平台上销售食品或餐饮外卖，平台须在通信主管部门批准后30个工作日内向省级市场监管部门备案，无论你自己卖不卖食品（餐饮外卖平台依《网络餐饮服务食品安全监督管理办法》第5条）。',
                            'Merchants sell food or restaurant meals on your platform, so the platform files with the provincial market regulator within 30 working days after the telecom approval, whether or not you sell food yourself (for restaurant meals, Art. 5 of the Measures for the Supervision of Food Safety in Online Catering Services).',
                        ),
                        (
                            Citation(_40, (8,), None, None, 'official'),
                            Citation(_32, (5,), None, None, 'official'),
                        ),
                        None,
                        None,
                        None,
                    ),
                ),
                (),
                None,
                None,
            ),
            Rule(
                'platform_no_food',
                All(
                    (
                        Compare('third_party_sellers', 'is', True),
                        Not(Compare('merchant_goods', 'has_any', frozenset(('food', 'restaurant_meals')))),
                    ),
                ),
                (
                    Effect(
                        'food_platform_filing',
                        'not_required',
                        Text(
                            '按你的回答（未回答时为假设），入驻商家不销售食品。一旦有商家卖食品，平台就要办理这项备案。',
                            'By your answer (or by assumption, if you did not answer), your merchants sell no food. Once any does, the platform needs this filing.',
                        ),
                        (Citation(_40, (8,), None, None, 'official'),),
                        None,
                        None,
                        None,
                    ),
                ),
                (),
                None,
                None,
            ),
            Rule(
                'platform_drugs',
                Compare('merchant_goods', 'has', 'drugs'),
                (
                    Effect(
                        'drug_platform_filing',
                        'required',
                        Text(
                            '入驻商家在你的平台上销售药品，平台须向省级药品监管部门办理药品网络交易第三方平台备案。',
                            'Merchants sell drugs on your platform, so the platform files as a third-party online drug trading platform with the provincial drug regulator.',
                        ),
                        (Citation(_41, (), None, None, 'official'),),
                        None,
                        None,
                        None,
                    ),
                ),
                (),
                None,
                None,
            ),
            Rule(
                'platform_no_drugs',
                All(
                    (
                        Compare('third_party_sellers', 'is', True),
                        Not(Compare('merchant_goods', 'has', 'drugs')),
                    ),
                ),
                (
                    Effect(
                        'drug_platform_filing',
                        'not_required',
                        Text(
                            '按你的回答（未回答时为假设），入驻商家不销售药品。一旦有商家卖药品，平台就要办理这项备案。',
                            'By your answer (or by assumption, if you did not answer), your merchants sell no drugs. Once any does, the platform needs this filing.',
                        ),
                        (Citation(_41, (), None, None, 'official'),),
                        None,
                        None,
                        None,
                    ),
                ),
                (),
                None,
                None,
            ),
            Rule(
                'platform_devices',
                Compare('merchant_goods', 'has', 'medical_devices'),
                (
                    Effect(
                        'device_platform_filing',
                        'required',
                        Text(
                            '入驻商家在你的平台上销售医疗器械，平台须向所在地省级药品监督管理部门办理医疗器械网络交易服务第三方平台备案；备案材料包括互联网药品信息服务资格证书（《医疗器械网络销售监督管理办法》第16条）。',
                            "Merchants sell medical devices on your platform, so the platform files as a third-party online device trading platform with the provincial drug regulator where it is based; the filing's documents include the internet drug information certificate (Art. 16 of the Measures for the Supervision of Online Sales of Medical Devices).",
                        ),
                        (Citation(_44, (15, 16), None, None, 'law'),),
                        None,
                        None,
                        None,
                    ),
                ),
                (),
                None,
                None,
            ),
            Rule(
                'platform_drug_device_info_before_797',
                Compare('merchant_goods', 'has_any', frozenset(('drugs', 'medical_devices'))),
                (
                    Effect(
                        'drug_info_certificate',
                        'required',
                        Text(
                            '入驻商家在你的平台上发布并销售药品或医疗器械，平台就是在提供药品、医疗器械信息（《互联网药品信息服务管理办法》第2条）；医疗器械交易平台还须依《医疗器械网络销售监督管理办法》第15条取得资格证书。2025-01-20之前，这项证书须在ICP许可证或备案之前取得（第5条）。',
                            'Merchants list and sell drugs or medical devices on your platform, so the platform provides drug or device information (Art. 2 of the Measures for the Administration of Internet Drug Information Services); a device trading platform must also hold the certificate under Art. 15 of the Measures for the Supervision of Online Sales of Medical Devices. Before 2025-01-20 the certificate came before the ICP licence or filing (Art. 5).',
                        ),
                        (Citation(_15, (2, 5), None, None, 'law'), Citation(_44, (15, 16), None, None, 'law')),
                        None,
                        None,
                        None,
                    ),
                ),
                (),
                None,
                date(2025, 1, 19),
            ),
            Rule(
                'platform_drug_device_info',
                Compare('merchant_goods', 'has_any', frozenset(('drugs', 'medical_devices'))),
                (
                    Effect(
                        'drug_info_certificate',
                        'review',
                        Text(
                            '入驻商家在你的平台上发布并销售药品或医疗器械，平台就是在提供药品、医疗器械信息（《互联网药品信息服务管理办法》第2条）；医疗器械交易平台依《医疗器械网络销售监督管理办法》第15条应当取得资格证书，第16条把它列为平台备案的材料。国务院令第797号自2025-01-20起把药品和医疗器械从《互联网信息服务管理办法》第5条的前置审批范围中删除，此后这项证书是否仍须在ICP许可证或备案之前取得尚有争议；但不能据此认为平台不需要这项证书。',
                            "Merchants list and sell drugs or medical devices on your platform, so the platform provides drug or device information (Art. 2 of the Measures for the Administration of Internet Drug Information Services); under Art. 15 of the Measures for the Supervision of Online Sales of Medical Devices a device trading platform must hold the certificate, and Art. 16 lists it among the platform filing's documents. From 2025-01-20 State Council Decree No. 797 took drugs and devices out of the prior-approval list of Art. 5 of the Measures for the Administration of Internet Information Services, so whether the certificate must still come before the ICP licence or filing is disputed; that does not mean the platform can do without it.",
                        ),
                        (
                            Citation(_15, (2, 5), None, None, 'law'),
                            Citation(_44, (15, 16), None, None, 'law'),
                            Citation(
                                _11,
                                (),
                                None,
                                Text(
                                    '797号令之后证书是否仍为前置条件有争议。',
                                    'Whether the certificate is still a prerequisite after Decree No. 797 is disputed.',
                                ),
                                'disputed',
                            ),
                        ),
                        Text(
                            '向平台所在地省级药品监督管理部门确认资格证书（或2025年以来据报道的备案）的办理方式，以及须在ICP许可证或备案之前还是之后取得；在得到答复之前按需要该证书准备。',
                            'Ask the provincial drug regulator where the platform is based how the certificate (or the filing reported since 2025) is obtained and whether it must come before the ICP licence or filing; until it answers, prepare as if the certificate is needed.',
                        ),
                        None,
                        None,
                    ),
                ),
                (),
                date(2025, 1, 20),
                None,
            ),
            Rule(
                'platform_no_devices',
                All(
                    (
                        Compare('third_party_sellers', 'is', True),
                        Not(Compare('merchant_goods', 'has', 'medical_devices')),
                    ),
                ),
                (
                    Effect(
                        'device_platform_filing',
                        'not_required',
                        Text(
                            '按你的回答（未回答时为假设），入驻商家不销售医疗器械。一旦有商家卖医疗器械，平台就要办理这项备案。',
                            'By your answer (or by assumption, if you did not answer), your merchants sell no medical devices. Once any does, the platform needs this filing.',
                        ),
                        (Citation(_44, (), None, None, 'unverified'),),
                        None,
                        None,
                        None,
                    ),
                ),
                (),
                None,
                None,
            ),
            Rule(
                'fresh_produce_only',
                All(
                    (
                        Compare('goods', 'has', 'fresh_produce'),
                        Not(Compare('goods', 'has_any', frozenset(('other_food', 'prepackaged_food')))),
                    ),
                ),
                (
                    Effect(
                        'food_license',
                        'not_required',
                        Text(
                            '你销售的食品只有食用农产品，《食品安全法》第35条规定销售食用农产品不需要取得食品经营许可。',
                            'The only food you sell is edible farm produce; under Art. 35 of the Food Safety Law selling farm produce needs no food business licence.',
                        ),
                        (Citation(_14, (35,), None, None, 'law'),),
                        None,
                        None,
                        None,
                    ),
                    Effect(
                        'food_filing',
                        'not_required',
                        Text(
                            '食品经营备案针对仅销售预包装食品的经营者；你只销售食用农产品，不需要许可，也不需要这项备案。',
                            'The food filing is for sellers of only pre-packaged food; you sell only farm produce, which needs neither the licence nor this filing.',
                        ),
                        (Citation(_14, (35,), None, None, 'law'),),
                        None,
                        None,
                        None,
                    ),
                ),
                ('no_food',),
                None,
                None,
            ),
            Rule(
                'food_own_production',
                All(
                    (
                        Compare('goods', 'has_any', frozenset(('other_food', 'prepackaged_food'))),
                        Compare('food_producer', 'is', True),
                    ),
                ),
                (
                    Effect(
                        'food_license',
                        'not_required',
                        Text(
                            '你是持证的食品生产者，只销售自己生产的食品；在厂区或网上销售自产食品不需要另办食品经营许可（《食品经营许可和备案管理办法》第4条）。',
                            'You are a licensed food producer selling only your own products; selling them at your plant or online needs no separate food business licence (Art. 4 of the Measures for the Administration of Food Business Licensing and Filing).',
                        ),
                        (Citation(_13, (4,), None, None, 'law'),),
                        None,
                        None,
                        None,
                    ),
                    Effect(
                        'food_filing',
                        'not_required',
                        Text(
                            '食品生产者在网上销售自产的预包装食品，不需要办理食品经营备案（《食品经营许可和备案管理办法》第5条）。',
                            'A food producer selling its own pre-packaged food online needs no food business filing (Art. 5 of the Measures for the Administration of Food Business Licensing and Filing).',
                        ),
                        (Citation(_13, (5,), None, None, 'law'),),
                        None,
                        None,
                        None,
                    ),
                ),
                ('food_other', 'food_prepackaged_only'),
                None,
                None,
            ),
            Rule(
                'online_food_seller_own_domain',
                All(
                    (
                        Compare('goods', 'has_any', frozenset(('other_food', 'prepackaged_food'))),
                        Compare('channels', 'has', 'own_domain'),
                    ),
                ),
                (
                    Effect(
                        'online_food_seller_filing',
                        'required',
                        Text(
                            '你通过自己的网站销售食品，须在取得ICP许可证或办理ICP备案后30个工作日内，向市、县级市场监管部门办理网络食品交易主体备案。',
                            'You sell food through your own site, so within 30 working days after the ICP licence or filing you file as an online food seller with the city or county market regulator.',
                        ),
                        (Citation(_40, (8,), None, None, 'official'),),
                        None,
                        None,
                        None,
                    ),
                ),
                (),
                None,
                None,
            ),
            Rule(
                'online_food_seller_mini_program',
                All(
                    (
                        Compare('goods', 'has_any', frozenset(('other_food', 'prepackaged_food'))),
                        Compare('channels', 'has_any', frozenset(('backend_domain', 'mini_program'))),
                        Not(Compare('channels', 'has', 'own_domain')),
                    ),
                ),
                (
                    Effect(
                        'online_food_seller_filing',
                        'review',
                        Text(
                            '你通过自己的小程序或App销售食品。《网络食品安全违法行为查处办法》第8条针对通过“自建网站”销售食品的经营者；把小程序当作自建网站是推断，没有文件这样明说，各地做法可能不同。',
                            'You sell food through your own mini-program or App. Art. 8 of the Measures for Investigating Online Food Safety Violations covers food sellers on their "own site"; treating a mini-program as one is an inference no text states, and local practice may differ.',
                        ),
                        (
                            Citation(_40, (8,), None, None, 'official'),
                            Citation(
                                _40,
                                (8,),
                                None,
                                Text('小程序是否属于自建网站是推断。', 'Whether a mini-program is an own site is an inference.'),
                                'inference',
                            ),
                        ),
                        Text(
                            '向所在市、县市场监管部门确认通过自己的小程序销售食品是否需要网络食品交易主体备案；确认之前按需要准备。',
                            'Ask your city or county market regulator whether selling food through your own mini-program needs the online food seller filing; until then prepare as if it does.',
                        ),
                        None,
                        None,
                    ),
                ),
                (),
                None,
                None,
            ),
            Rule(
                'online_food_seller_fresh_produce',
                All(
                    (
                        Compare('goods', 'has', 'fresh_produce'),
                        Not(Compare('goods', 'has_any', frozenset(('other_food', 'prepackaged_food')))),
                        Compare('channels', 'has_any', frozenset(('backend_domain', 'mini_program', 'own_domain'))),
                    ),
                ),
                (
                    Effect(
                        'online_food_seller_filing',
                        'review',
                        Text(
                            '你通过自己的网站或小程序只销售食用农产品。资料说网络食品交易主体备案适用于通过自建网站销售食品的经营者，但没有核实是否包括只卖食用农产品的经营者。',
                            'You sell only farm produce through your own site or mini-program. The notes say the online food seller filing applies to food sellers on their own sites, but whether it reaches sellers of farm produce only is unverified.',
                        ),
                        (Citation(_40, (8,), None, None, 'unverified'),),
                        Text(
                            '向所在市、县市场监管部门确认只销售食用农产品的网店是否需要网络食品交易主体备案。',
                            'Ask your city or county market regulator whether an online shop selling only farm produce needs the online food seller filing.',
                        ),
                        None,
                        None,
                    ),
                ),
                (),
                None,
                None,
            ),
            Rule(
                'online_food_seller_not_own_site',
                All(
                    (
                        Compare('goods', 'has_any', frozenset(('fresh_produce', 'other_food', 'prepackaged_food'))),
                        Not(
                            Compare(
                                'channels',
                                'has_any',
                                frozenset(('backend_domain', 'mini_program', 'own_domain')),
                            ),
                        ),
                    ),
                ),
                (
                    Effect(
                        'online_food_seller_filing',
                        'not_required',
                        Text(
                            '你没有自己的网站或小程序，店铺开在SaaS服务商的域名下或公众号里；这项备案针对通过自建网站销售食品的经营者，在第三方平台上的商家由平台核验。',
                            "You have no site or mini-program of your own; the shop lives under the SaaS provider's domain or inside an Official Account. This filing is for food sellers on their own sites; sellers on a third-party platform are checked by the platform.",
                        ),
                        (Citation(_40, (8,), None, None, 'official'),),
                        None,
                        None,
                        None,
                    ),
                ),
                (),
                None,
                None,
            ),
            Rule(
                'no_online_food_seller',
                Not(Compare('goods', 'has_any', frozenset(('fresh_produce', 'other_food', 'prepackaged_food')))),
                (
                    Effect(
                        'online_food_seller_filing',
                        'not_required',
                        Text('你不以自己名义在网上销售食品。', 'You sell no food online under your own name.'),
                        (Citation(_40, (8,), None, None, 'official'),),
                        None,
                        None,
                        None,
                    ),
                ),
                (),
                None,
                None,
            ),
            Rule(
                'drug_device_not_sure',
                Compare('drug_device_kinds', 'has', 'not_sure'),
                (
                    Effect(
                        'drug_business_license',
                        'review',
                        Text(
                            '你没有说明是否销售药品。销售药品须持药品经营许可。',
                            'You have not said whether you sell drugs. Selling drugs needs a drug business licence.',
                        ),
                        (Citation(_41, (), None, None, 'official'),),
                        Text(
                            '回答你涉及哪些药品或医疗器械（drug_device_kinds）。',
                            'Answer which drugs or medical devices are involved (drug_device_kinds).',
                        ),
                        None,
                        None,
                    ),
                    Effect(
                        'device_license',
                        'review',
                        Text(
                            '你没有说明销售哪一类医疗器械。第三类须取得经营许可。',
                            'You have not said which class of medical devices you sell. Class III needs a business licence.',
                        ),
                        (Citation(_42, (4,), None, None, 'law'),),
                        Text(
                            '查看产品注册证或备案凭证上的类别，再回答drug_device_kinds。',
                            "Check the class on the products' registration or filing certificates, then answer drug_device_kinds.",
                        ),
                        None,
                        None,
                    ),
                    Effect(
                        'device_filing',
                        'review',
                        Text(
                            '你没有说明销售哪一类医疗器械。第二类须办理经营备案。',
                            'You have not said which class of medical devices you sell. Class II needs a business filing.',
                        ),
                        (Citation(_42, (4,), None, None, 'law'),),
                        Text(
                            '查看产品注册证或备案凭证上的类别，再回答drug_device_kinds。',
                            "Check the class on the products' registration or filing certificates, then answer drug_device_kinds.",
                        ),
                        None,
                        None,
                    ),
                ),
                (),
                None,
                None,
            ),
            Rule(
                'drug_sales',
                Compare('drug_device_kinds', 'has', 'drugs'),
                (
                    Effect(
                        'drug_business_license',
                        'required',
                        Text(
                            '你在网上销售药品。只有持药品经营许可的企业才能网上销售药品，并须报告网络销售情况；销售处方药的须核对处方。',
                            'You sell drugs online. Only licensed drug businesses may do so, and they report their online sales; prescription drugs need prescription checks.',
                        ),
                        (Citation(_41, (), None, None, 'official'),),
                        None,
                        None,
                        None,
                    ),
                ),
                ('drug_device_not_sure',),
                None,
                None,
            ),
            Rule(
                'no_drug_sales',
                Not(Compare('drug_device_kinds', 'has_any', frozenset(('drugs', 'not_sure')))),
                (
                    Effect(
                        'drug_business_license',
                        'not_required',
                        Text('你不在网上销售药品。', 'You sell no drugs online.'),
                        (Citation(_41, (), None, None, 'official'),),
                        None,
                        None,
                        None,
                    ),
                ),
                (),
                None,
                None,
            ),
            Rule(
                'device_class_3',
                Compare('drug_device_kinds', 'has', 'device_class_3'),
                (
                    Effect(
                        'device_license',
                        'required',
                        Text(
                            '你销售第三类医疗器械，须向设区的市级药品监督管理部门取得医疗器械经营许可（第4条）；网上销售还须告知所在地设区的市级药品监督管理部门（《医疗器械监督管理条例》第46条，凭审阅者记忆，未核实）。',
                            "You sell Class III medical devices, which needs a device business licence from the city-level drug regulator (Art. 4); selling online, you also notify the city-level drug regulator (Art. 46 of the Regulations on the Supervision of Medical Devices, from the auditor's memory, unverified).",
                        ),
                        (
                            Citation(_42, (4,), None, None, 'law'),
                            Citation(_43, (46,), None, None, 'unverified'),
                        ),
                        None,
                        None,
                        None,
                    ),
                ),
                ('drug_device_not_sure',),
                None,
                None,
            ),
            Rule(
                'device_class_2',
                Compare('drug_device_kinds', 'has', 'device_class_2'),
                (
                    Effect(
                        'device_filing',
                        'required',
                        Text(
                            '你销售第二类医疗器械，须向设区的市级药品监督管理部门办理医疗器械经营备案（第4条；列在免于经营备案目录内的产品除外）；网上销售还须告知所在地设区的市级药品监督管理部门（《医疗器械监督管理条例》第46条，凭审阅者记忆，未核实）。',
                            "You sell Class II medical devices, which needs a device business filing with the city-level drug regulator (Art. 4; products on the exemption catalogue aside); selling online, you also notify the city-level drug regulator (Art. 46 of the Regulations on the Supervision of Medical Devices, from the auditor's memory, unverified).",
                        ),
                        (
                            Citation(_42, (4,), None, None, 'law'),
                            Citation(_43, (46,), None, None, 'unverified'),
                        ),
                        None,
                        None,
                        None,
                    ),
                ),
                ('drug_device_not_sure',),
                None,
                None,
            ),
            Rule(
                'device_class_1_only',
                All(
                    (
                        Compare('drug_device_kinds', 'has', 'device_class_1'),
                        Not(
                            Compare(
                                'drug_device_kinds',
                                'has_any',
                                frozenset(('device_class_2', 'device_class_2_exempt', 'device_class_3', 'not_sure')),
                            ),
                        ),
                    ),
                ),
                (
                    Effect(
                        'device_license',
                        'not_required',
                        Text(
                            '你只销售第一类医疗器械，既不需要经营许可，也不需要经营备案（第4条）。',
                            'You sell only Class I medical devices, which need neither a business licence nor a filing (Art. 4).',
                        ),
                        (Citation(_42, (4,), None, None, 'law'),),
                        None,
                        None,
                        None,
                    ),
                    Effect(
                        'device_filing',
                        'not_required',
                        Text(
                            '你只销售第一类医疗器械，既不需要经营许可，也不需要经营备案（第4条）。',
                            'You sell only Class I medical devices, which need neither a business licence nor a filing (Art. 4).',
                        ),
                        (Citation(_42, (4,), None, None, 'law'),),
                        None,
                        None,
                        None,
                    ),
                ),
                ('no_device_license', 'no_device_filing'),
                None,
                None,
            ),
            Rule(
                'no_device_license',
                Not(Compare('drug_device_kinds', 'has_any', frozenset(('device_class_3', 'not_sure')))),
                (
                    Effect(
                        'device_license',
                        'not_required',
                        Text('你不销售第三类医疗器械。', 'You sell no Class III medical devices.'),
                        (Citation(_42, (4,), None, None, 'law'),),
                        None,
                        None,
                        None,
                    ),
                ),
                (),
                None,
                None,
            ),
            Rule(
                'device_class_2_exempt',
                All(
                    (
                        Compare('drug_device_kinds', 'has', 'device_class_2_exempt'),
                        Not(Compare('drug_device_kinds', 'has_any', frozenset(('device_class_2', 'not_sure')))),
                    ),
                ),
                (
                    Effect(
                        'device_filing',
                        'review',
                        Text(
                            '你销售的第二类医疗器械全部列在免于经营备案的产品目录内。《医疗器械监督管理条例》（国务院令第739号）第41条第2款规定这类产品不需要经营备案（条文凭审阅者记忆，未核实）；目录会调整，请逐个核对产品。',
                            "All the Class II devices you sell are on the catalogue exempt from the business filing. Art. 41(2) of the Regulations on the Supervision of Medical Devices (State Council Decree No. 739) exempts these from the filing (from the auditor's memory, unverified); the catalogue changes, so check each product.",
                        ),
                        (Citation(_43, (41,), None, None, 'unverified'),),
                        Text(
                            '对照现行的免于经营备案的第二类医疗器械产品目录逐个核对产品；有不在目录内的，办理经营备案。',
                            'Check each product against the current catalogue of Class II devices exempt from the business filing; for any not on it, make the filing.',
                        ),
                        None,
                        None,
                    ),
                ),
                (),
                None,
                None,
            ),
            Rule(
                'no_device_filing',
                Not(
                    Compare(
                        'drug_device_kinds',
                        'has_any',
                        frozenset(('device_class_2', 'device_class_2_exempt', 'not_sure')),
                    ),
                ),
                (
                    Effect(
                        'device_filing',
                        'not_required',
                        Text('你不销售第二类医疗器械。', 'You sell no Class II medical devices.'),
                        (Citation(_42, (4,), None, None, 'law'),),
                        None,
                        None,
                        None,
                    ),
                ),
                (),
                None,
                None,
            ),
            Rule(
                'ads_for_regulated_products',
                All((Compare('activities', 'has', 'ad_slots'), Compare('ad_products', 'is', True))),
                (
                    Effect(
                        'ad_review',
                        'required',
                        Text(
                            '你出售的广告位上有药品、医疗器械、保健食品或特殊医学用途配方食品的广告；这些广告发布前须经广告审查（《广告法》第46条）。审查由广告主申请；你作为发布者，发布前应查验广告批准文号（第34条，条文序号未核实）。',
                            'The ad slots you sell carry ads for drugs, medical devices, health foods or foods for special medical purposes, which must be reviewed before publication (Advertising Law Art. 46). The advertiser applies; as the publisher you check the approval number before publishing (Art. 34, article number unverified).',
                        ),
                        (
                            Citation(_45, (46,), None, None, 'law'),
                            Citation(_46, (2,), None, None, 'law'),
                            Citation(_45, (34,), None, None, 'unverified'),
                        ),
                        None,
                        None,
                        None,
                    ),
                ),
                (),
                None,
                None,
            ),
            Rule(
                'own_ads_regulated_products',
                Compare('own_ads', 'is', True),
                (
                    Effect(
                        'ad_review',
                        'required',
                        Text(
                            '你为自己销售的药品、医疗器械、保健食品或特殊医学用途配方食品做广告。《广告法》第46条约束的是广告主：这些广告未经审查不得发布（《药品、医疗器械、保健食品、特殊医学用途配方食品广告审查管理暂行办法》第2条）；海报、推文、直播讲解、软文都可能是广告。由你作为广告主申请审查。',
                            'You advertise the drugs, medical devices, health foods or foods for special medical purposes you sell. Art. 46 of the Advertising Law binds the advertiser: such ads may not be published without review (Art. 2 of the Interim Measures for the Review of Advertisements for Drugs, Medical Devices, Health Foods and Foods for Special Medical Purposes); banners, posts, live-stream pitches and soft articles can all be ads. You, as the advertiser, apply for the review.',
                        ),
                        (Citation(_45, (46, 47), None, None, 'law'), Citation(_46, (2,), None, None, 'law')),
                        None,
                        None,
                        None,
                    ),
                ),
                (),
                None,
                None,
            ),
            Rule(
                'no_ads_for_regulated_products',
                All((Not(Compare('ad_products', 'is', True)), Not(Compare('own_ads', 'is', True)))),
                (
                    Effect(
                        'ad_review',
                        'not_required',
                        Text(
                            '按你的回答（未回答时为假设），你不为自己的、也不为他人的药品、医疗器械、保健食品或特殊医学用途配方食品发布广告。',
                            "By your answers (or by assumption, if you did not answer), you publish no ads, your own or others', for drugs, medical devices, health foods or foods for special medical purposes.",
                        ),
                        (Citation(_45, (46,), None, None, 'law'), Citation(_46, (2,), None, None, 'law')),
                        None,
                        None,
                        None,
                    ),
                ),
                (),
                None,
                None,
            ),
            Rule(
                'distribution_fees_or_tiers',
                Compare('distribution_pay', 'eq', 'fees_or_tiers'),
                (
                    Effect(
                        'distribution_scheme',
                        'required',
                        Text(
                            '分销员加入要交费或买货，或按下线的销售或发展人数拿报酬：这正是《禁止传销条例》第7条列举、该条例禁止的传销形式（为拉人头付酬、交入门费、按下线销售计酬）。据实务转述，2013年“两高一部”的意见以三级以上、三十人以上为刑事追诉标准。',
                            'Distributors pay to join, or are paid on the sales or recruits of people below them: these are the pyramid forms Art. 7 of the Regulations on Prohibiting Pyramid Selling lists and the Regulations prohibit (pay for recruits, entry fees, pay on downline sales). The 2013 opinion sets the criminal threshold at three or more tiers and thirty or more persons, as practice relays it.',
                        ),
                        (
                            Citation(
                                _48,
                                (7,),
                                None,
                                Text(
                                    '条例是行政法规；条文序号凭审阅者记忆。',
                                    "The regulation is law; the article number is from the auditor's memory.",
                                ),
                                'law',
                            ),
                            Citation(_49, (), None, None, 'practice'),
                        ),
                        None,
                        None,
                        Text(
                            '这种分销方式是《禁止传销条例》禁止的传销，不能按现在的方式开展。取消入门费和购货门槛，只按分销员自己直接卖出的商品付佣金，不按下线计酬；上线前请律师审查分销规则。',
                            "This scheme is pyramid selling, which the Regulations on Prohibiting Pyramid Selling prohibit; it cannot run as it stands. Drop entry fees and purchase thresholds, pay commission only on each distributor's own direct sales and never on a downline, and have a lawyer review the scheme before launch.",
                        ),
                    ),
                ),
                (),
                None,
                None,
            ),
            Rule(
                'distribution_not_sure',
                Compare('distribution_pay', 'eq', 'not_sure'),
                (
                    Effect(
                        'distribution_scheme',
                        'review',
                        Text(
                            '你有分销，但没有说明分销员怎样拿报酬。交费加入或按下线计酬属于《禁止传销条例》第7条列举的传销形式。',
                            'You run distribution but have not said how distributors are paid. Paying to join, or pay on a downline, are pyramid forms Art. 7 of the Regulations on Prohibiting Pyramid Selling lists.',
                        ),
                        (Citation(_48, (7,), None, None, 'law'),),
                        Text(
                            '确认分销员加入是否要交费或买货、是否按下线的销售或发展人数拿报酬，再回答distribution_pay。',
                            'Check whether distributors pay or buy to join and whether they are paid on the sales or recruits of people below them, then answer distribution_pay.',
                        ),
                        None,
                        None,
                    ),
                ),
                (),
                None,
                None,
            ),
            Rule(
                'distribution_own_sales',
                Compare('distribution_pay', 'eq', 'own_sales_commission'),
                (
                    Effect(
                        'distribution_scheme',
                        'not_required',
                        Text(
                            '分销员只按自己直接卖出的你的商品拿佣金、加入不用交钱，不在《禁止传销条例》第7条列举的形式之内（这是推断）；以后改变计酬方式时要重新判断。',
                            'Distributors earn only a commission on their own direct sales of your goods and pay nothing to join, which is outside the forms Art. 7 of the Regulations on Prohibiting Pyramid Selling lists (an inference); check again if the pay changes.',
                        ),
                        (
                            Citation(
                                _48,
                                (7,),
                                None,
                                Text(
                                    '条例是行政法规；条文序号凭审阅者记忆。',
                                    "The regulation is law; the article number is from the auditor's memory.",
                                ),
                                'law',
                            ),
                            Citation(
                                _48,
                                (7,),
                                None,
                                Text(
                                    '只按直接销售计佣不属于所列形式，是推断。',
                                    'That a commission on direct sales alone is outside the listed forms is an inference.',
                                ),
                                'inference',
                            ),
                        ),
                        None,
                        None,
                        None,
                    ),
                ),
                (),
                None,
                None,
            ),
            Rule(
                'no_distribution',
                Not(Compare('activities', 'has', 'distribution')),
                (
                    Effect(
                        'distribution_scheme',
                        'not_required',
                        Text('你没有分销。', 'You run no distribution scheme.'),
                        (Citation(_48, (7,), None, None, 'law'),),
                        None,
                        None,
                        None,
                    ),
                ),
                (),
                None,
                None,
            ),
            Rule(
                'cross_border_import',
                Compare('goods', 'has', 'cross_border_import'),
                (
                    Effect(
                        'cross_border_registration',
                        'required',
                        Text(
                            '你通过跨境电商零售进口销售商品。参与这项业务的电商企业、平台和境内代理人须向海关办理注册登记（海关总署公告2018年第194号；2022年起为备案）；尚待确认的只是由谁办理：境外电商企业须委托境内代理人办理，你的跨境平台或报关代理可能已代为办理。商品须在正面清单内，并传输“三单”数据。',
                            'You sell goods imported through cross-border e-commerce retail. The e-commerce companies, platforms and domestic agents taking part register with customs (GAC announcement No. 194 of 2018; a filing since 2022); what is open is only who registers: an overseas e-commerce company does it through its domestic agent, and your cross-border platform or customs broker may already have done it. Goods must be on the positive list, and the "three documents" data is sent.',
                        ),
                        (
                            Citation(_50, (), None, None, 'law'),
                            Citation(_51, (), None, None, 'unverified'),
                            Citation(_52, (), None, None, 'unverified'),
                        ),
                        Text(
                            '向海关（或你的跨境电商平台、报关代理）确认由谁为你办理海关备案、商品是否在正面清单内，以及“三单”数据由谁传输。',
                            'Ask customs (or your cross-border platform or customs broker) who files with customs for you, whether the goods are on the positive list, and who sends the three-documents data.',
                        ),
                        None,
                        None,
                    ),
                ),
                (),
                None,
                None,
            ),
            Rule(
                'no_cross_border_import',
                Not(Compare('goods', 'has', 'cross_border_import')),
                (
                    Effect(
                        'cross_border_registration',
                        'not_required',
                        Text(
                            '你不以自己名义销售跨境电商零售进口的商品。',
                            'You sell no cross-border e-commerce retail imports under your own name.',
                        ),
                        (Citation(_50, (), None, None, 'law'),),
                        None,
                        None,
                        None,
                    ),
                ),
                (),
                None,
                None,
            ),
            Rule(
                'mlps_platform_or_paid',
                AnyOf((Compare('third_party_sellers', 'is', True), Compare('paid_content', 'is', True))),
                (
                    Effect(
                        'mlps_filing',
                        'review',
                        Text(
                            '你运营平台或收费提供信息（可能要申请许可证）。按《网络安全法》第21条，这类系统常定为第二级以上，定级后30日内向公安机关备案（凭审阅者记忆，未核实）；申请许可证时也可能被要求提供等级保护材料。',
                            "You run a platform or charge for information (possibly a licence applicant). Under Art. 21 of the Cybersecurity Law such systems are often graded level 2 or above and filed with the police within 30 days of grading (from the auditor's memory, unverified); a licence application may ask for the papers.",
                        ),
                        (
                            Citation(_54, (21,), None, None, 'law'),
                            Citation(_55, (15,), None, None, 'unverified'),
                            Citation(
                                _10,
                                (),
                                None,
                                Text(
                                    '许可证申请时要求等级保护材料的做法未在官方文本中核实。',
                                    'That licence applications ask for graded-protection papers is not verified in an official text.',
                                ),
                                'unverified',
                            ),
                        ),
                        Text(
                            '请测评机构或公安网安部门确认系统级别；第二级以上的，定级后30日内备案。',
                            'Have an assessment body or the police confirm the level; at level 2+, file within 30 days.',
                        ),
                        None,
                        None,
                    ),
                ),
                (),
                None,
                None,
            ),
            Rule(
                'mlps_own_system',
                All(
                    (
                        Not(Compare('third_party_sellers', 'is', True)),
                        Not(Compare('paid_content', 'is', True)),
                        Compare('channels', 'has_any', frozenset(('backend_domain', 'mini_program', 'own_domain'))),
                    ),
                ),
                (
                    Effect(
                        'mlps_filing',
                        'review',
                        Text(
                            '你运营自己的网站、小程序或后台，须按《网络安全法》第21条自行定级；据实务，小商城多定为第一级，无需备案；第二级以上的，定级后30日内向公安机关备案（凭审阅者记忆，未核实）。',
                            "You run a site, mini-program or backend of your own and grade it yourself (Cybersecurity Law Art. 21); in practice small shops are often level 1, which files nothing; level 2 or above files with the police within 30 days of grading (from the auditor's memory, unverified).",
                        ),
                        (
                            Citation(_54, (21,), None, None, 'law'),
                            Citation(_55, (15,), None, None, 'unverified'),
                        ),
                        Text(
                            '自行定级（或请测评机构评估）；第二级以上的，定级后30日内备案。',
                            'Grade the system (or have an assessment body do it); at level 2+, file within 30 days.',
                        ),
                        None,
                        None,
                    ),
                ),
                (),
                None,
                None,
            ),
            Rule(
                'mlps_no_own_system',
                All(
                    (
                        Not(Compare('third_party_sellers', 'is', True)),
                        Not(Compare('paid_content', 'is', True)),
                        Not(
                            Compare(
                                'channels',
                                'has_any',
                                frozenset(('backend_domain', 'mini_program', 'own_domain')),
                            ),
                        ),
                    ),
                ),
                (
                    Effect(
                        'mlps_filing',
                        'not_required',
                        Text(
                            '你没有自己的网站、小程序或后台，店铺运行在SaaS服务商或微信的系统上；定级备案是系统运营者的义务（这是推断）。',
                            "You have no site, mini-program or backend of your own; the shop runs on the SaaS provider's or WeChat's systems, and grading and filing them is their operator's duty (an inference).",
                        ),
                        (
                            Citation(_54, (21,), None, None, 'law'),
                            Citation(
                                _54,
                                (21,),
                                None,
                                Text(
                                    '系统由服务商运营、由其定级备案，是推断。',
                                    "That the provider, as the system's operator, grades and files it is an inference.",
                                ),
                                'inference',
                            ),
                        ),
                        None,
                        None,
                        None,
                    ),
                ),
                (),
                None,
                None,
            ),
            Rule(
                'algorithm_user_content',
                Compare('activities', 'has', 'algorithm_content'),
                (
                    Effect(
                        'algorithm_filing',
                        'review',
                        Text(
                            '你用算法推荐或排序用户发布的内容，或有热搜、榜单、话题。这类服务通常具有舆论属性，须在提供服务之日起10个工作日内办理算法备案（《互联网信息服务算法推荐管理规定》第24条，凭审阅者记忆，未核实）。',
                            "You use algorithms to recommend or rank content users post, or run trending lists, rankings or topics. Such a service usually has public-opinion attributes and files within 10 working days of starting the service (Art. 24 of the Provisions on Algorithmic Recommendation, from the auditor's memory, unverified).",
                        ),
                        (Citation(_56, (24,), None, None, 'unverified'),),
                        Text(
                            '向属地网信部门确认你的服务是否具有舆论属性或社会动员能力；有的，在互联网信息服务算法备案系统备案。',
                            'Ask the local cyberspace administration whether your service has public-opinion attributes or social-mobilisation capacity; if it has, file in the algorithm filing system.',
                        ),
                        None,
                        None,
                    ),
                ),
                (),
                None,
                None,
            ),
            Rule(
                'algorithm_goods_only',
                All(
                    (
                        Compare('activities', 'has', 'algorithm_goods'),
                        Not(Compare('activities', 'has', 'algorithm_content')),
                    ),
                ),
                (
                    Effect(
                        'algorithm_filing',
                        'review',
                        Text(
                            '你只用算法向用户推荐商品。算法备案针对具有舆论属性或社会动员能力的服务；只推荐商品通常不在其内，但用户可以公开发布的评价、晒单等内容可能使服务具有舆论属性（这是推断）。',
                            'Your algorithms recommend goods only. The algorithm filing covers services with public-opinion attributes or social-mobilisation capacity; recommending goods alone is usually outside it, but reviews and posts users publish can give the service such attributes (an inference).',
                        ),
                        (
                            Citation(_56, (24,), None, None, 'unverified'),
                            Citation(
                                _56,
                                (),
                                None,
                                Text(
                                    '只推荐商品是否具有舆论属性，是推断。',
                                    'Whether recommending goods alone has public-opinion attributes is an inference.',
                                ),
                                'inference',
                            ),
                        ),
                        Text(
                            '向属地网信部门确认只推荐商品、附带用户评价的服务是否需要算法备案。',
                            'Ask the local cyberspace administration whether a goods-only recommendation service with user reviews needs the algorithm filing.',
                        ),
                        None,
                        None,
                    ),
                ),
                (),
                None,
                None,
            ),
            Rule(
                'algorithm_none',
                Not(Compare('activities', 'has_any', frozenset(('algorithm_content', 'algorithm_goods')))),
                (
                    Effect(
                        'algorithm_filing',
                        'not_required',
                        Text(
                            '按你的回答（未回答时为假设），你不用算法推荐商品或内容；算法备案只针对具有舆论属性或社会动员能力的算法推荐服务。',
                            'By your answers (or by assumption, if you did not answer), you recommend no goods or content by algorithm; the algorithm filing covers only recommendation services with public-opinion attributes or social-mobilisation capacity.',
                        ),
                        (Citation(_56, (2, 24), None, None, 'unverified'),),
                        None,
                        None,
                        None,
                    ),
                ),
                (),
                None,
                None,
            ),
            Rule(
                'live_own_platform',
                AnyOf(
                    (
                        Compare('live_where', 'eq', 'own_platform'),
                        Compare('activities', 'has', 'live_performance'),
                    ),
                ),
                (
                    Effect(
                        'live_platform_registration',
                        'review',
                        Text(
                            '你在自己的小程序或App里开直播间，或运营表演直播平台，自己就可能是直播平台：开办电商直播或秀场直播的平台要在全国网络视听平台信息登记管理系统中登记（国家广播电视总局广电发〔2020〕78号），并向网信部门备案（《互联网直播服务管理规定》）。两者都凭审阅者记忆，未核实；接入第三方直播组件时是否由你办理，也不明确。',
                            "You run live rooms in your own mini-program or App, or a performance live platform, so you may be the live platform yourself: platforms running e-commerce or show live streaming register in the national online audio-visual platform registration system (NRTA notice 广电发〔2020〕78号) and file with the cyberspace administration (Provisions on Internet Live-Streaming Services). Both are from the auditor's memory, unverified; whether you or the provider files when a third party's live component is built in is unclear.",
                        ),
                        (
                            Citation(_57, (), None, None, 'unverified'),
                            Citation(_58, (), None, None, 'unverified'),
                        ),
                        Text(
                            '向属地广播电视部门和网信部门确认你是否要作为直播平台登记和备案。',
                            'Ask the local radio and TV administration and the cyberspace administration whether you register and file as a live platform.',
                        ),
                        None,
                        None,
                    ),
                ),
                (),
                None,
                None,
            ),
            Rule(
                'live_where_not_sure',
                All(
                    (
                        Compare('live_where', 'eq', 'not_sure'),
                        Not(Compare('activities', 'has', 'live_performance')),
                    ),
                ),
                (
                    Effect(
                        'live_platform_registration',
                        'review',
                        Text(
                            '你直播带货，但没有说明直播间在第三方平台还是在自己的小程序或App里；在自己的小程序或App里直播的，你可能就是直播平台，要登记和备案（凭审阅者记忆，未核实）。',
                            "You sell in live streams but have not said whether the live room is on a third party's platform or in your own mini-program or App; in your own, you may be the live platform, which registers and files (from the auditor's memory, unverified).",
                        ),
                        (Citation(_57, (), None, None, 'unverified'),),
                        Text(
                            '确认直播间开在哪里，再回答live_where。',
                            'Check where your live room runs, then answer live_where.',
                        ),
                        None,
                        None,
                    ),
                ),
                (),
                None,
                None,
            ),
            Rule(
                'live_on_third_party',
                All(
                    (
                        Compare('live_where', 'eq', 'third_party'),
                        Not(Compare('activities', 'has', 'live_performance')),
                    ),
                ),
                (
                    Effect(
                        'live_platform_registration',
                        'not_required',
                        Text(
                            '你在微信视频号等第三方平台的直播间带货，直播平台是第三方，平台的登记和备案由它办理（这是推断）。你作为直播间运营者，仍要遵守平台规则和直播电商的规定。',
                            "You sell in live rooms on WeChat Channels or another third party's platform; that third party is the live platform and registers and files as one (an inference). As the live room's operator you still follow the platform's rules and the rules on live-stream selling.",
                        ),
                        (
                            Citation(_57, (), None, None, 'unverified'),
                            Citation(
                                _57,
                                (),
                                None,
                                Text(
                                    '登记由第三方直播平台办理，是推断。',
                                    'That the third-party live platform is the one that registers is an inference.',
                                ),
                                'inference',
                            ),
                        ),
                        None,
                        None,
                        None,
                    ),
                ),
                (),
                None,
                None,
            ),
            Rule(
                'no_live_streaming',
                Not(Compare('activities', 'has_any', frozenset(('live_performance', 'live_selling')))),
                (
                    Effect(
                        'live_platform_registration',
                        'not_required',
                        Text(
                            '你不做直播带货，也不运营直播平台。',
                            'You neither sell in live streams nor run a live-streaming platform.',
                        ),
                        (Citation(_57, (), None, None, 'unverified'),),
                        None,
                        None,
                        None,
                    ),
                ),
                (),
                None,
                None,
            ),
        ),
        (
            Advice(
                'benefit_lawful',
                'benefit',
                ('icp_license', 'edi_license'),
                Text(
                    '持证后可以合法开展收费业务，避免被通信管理部门查处和罚款。',
                    'With the licence you can run the fee-earning business lawfully and avoid investigation and fines by the regulator.',
                ),
                (
                    Citation(_0, (), Text('第三部分好处第1点', 'part 3, benefit 1'), None, 'practice'),
                    Citation(_1, (19,), None, None, 'law'),
                ),
                None,
            ),
            Advice(
                'benefit_trust',
                'benefit',
                ('icp_license', 'edi_license'),
                Text(
                    '许可证是一种资质背书，能增强用户和合作方对你的信任。',
                    'A licence is a credential that helps users and partners trust your business.',
                ),
                (Citation(_0, (), Text('第三部分好处第2点', 'part 3, benefit 2'), None, 'practice'),),
                None,
            ),
            Advice(
                'benefit_policy',
                'benefit',
                ('icp_license', 'edi_license'),
                Text(
                    '《微信微商城需要ICP证吗?》一文称持证企业可能享受税收、补贴、培训等政策支持；没有找到任何法律依据，持证本身并不带来税收优惠或补贴，不应据此做决定。',
                    'The article "Does a WeChat micro-mall need an ICP licence?" says licence holders may get policy support such as tax relief, subsidies or training; no legal basis for this was found - holding a licence brings no tax relief or subsidy by itself, so do not decide on it.',
                ),
                (Citation(_0, (), Text('第三部分好处第3点', 'part 3, benefit 3'), None, 'practice'),),
                None,
            ),
            Advice(
                'benefit_security',
                'benefit',
                ('icp_license', 'edi_license'),
                Text(
                    '办证过程促使你建立网络与信息安全制度，减少数据泄露、攻击和侵权风险。',
                    'Going through the licensing process pushes you to set up network and information security practices, lowering the risk of breaches, attacks and infringement.',
                ),
                (Citation(_0, (), Text('第三部分好处第4点', 'part 3, benefit 4'), None, 'practice'),),
                None,
            ),
            Advice(
                'benefit_filing_lawful',
                'benefit',
                ('icp_filing', 'app_filing'),
                Text(
                    '备案后域名和小程序才能在微信中正常配置和访问；未备案的网站会被关停，未备案的小程序会被下架。',
                    'Only filed domains and mini-programs can be configured and reached in WeChat; an unfiled site can be shut down, and an unfiled mini-program taken down.',
                ),
                (Citation(_1, (19,), None, None, 'law'), Citation(_7, (), None, None, 'official')),
                None,
            ),
            Advice(
                'caution_psb_number',
                'caution',
                ('psb_filing',),
                Text(
                    '网站开通后30日内办理公安联网备案，并在网站底部展示公安备案号；不备案的可被警告或停机整顿不超过6个月。',
                    "Register with the public security bureau within 30 days of the site going live, and show the number at the foot of the site; not filing can bring a warning or up to six months' suspension.",
                ),
                (Citation(_8, (12, 23), None, None, 'law'),),
                None,
            ),
            Advice(
                'risk_cost',
                'risk',
                ('icp_license', 'edi_license'),
                Text(
                    '申请材料多、审批周期长，需要投入相当的时间和费用。',
                    'The application needs many documents and a long approval, costing real time and money.',
                ),
                (Citation(_0, (), Text('第三部分风险第1点', 'part 3, risk 1'), None, 'practice'),),
                None,
            ),
            Advice(
                'risk_compliance',
                'risk',
                ('icp_license', 'edi_license'),
                Text(
                    '持证后必须严格遵守互联网信息内容管理的法律法规，违规将受到处罚。',
                    'Once licensed you must keep strictly to the laws on internet content; breaches bring penalties.',
                ),
                (Citation(_0, (), Text('第三部分风险第2点', 'part 3, risk 2'), None, 'practice'),),
                None,
            ),
            Advice(
                'risk_supervision',
                'risk',
                ('icp_license', 'edi_license'),
                Text(
                    '持证企业需每年报告经营情况并接受监督检查，否则可能影响许可证的有效性。',
                    'Licence holders report on their business every year and are supervised and inspected; failing that puts the licence at risk.',
                ),
                (
                    Citation(_0, (), Text('第三部分风险第3点', 'part 3, risk 3'), None, 'practice'),
                    Citation(
                        _5,
                        (),
                        None,
                        Text(
                            '年报须在每年3月31日前提交；代办机构援引第35、38条，未核实。',
                            'The annual report is due by 31 March; agencies cite Arts. 35 and 38, unverified.',
                        ),
                        'law',
                    ),
                ),
                None,
            ),
            Advice(
                'risk_responsibility',
                'risk',
                ('icp_license', 'edi_license'),
                Text(
                    '你要承担保护用户个人信息和隐私、维护用户权益与网络秩序的责任。',
                    "You take on the duty to protect users' personal data and privacy, their rights, and a fair online environment.",
                ),
                (Citation(_0, (), Text('第三部分风险第4点', 'part 3, risk 4'), None, 'practice'),),
                None,
            ),
            Advice(
                'caution_category',
                'caution',
                ('icp_license', 'edi_license'),
                Text(
                    '先确定业务真正属于哪一类增值电信业务，以及是否还需要EDI等其他许可证，再提交申请。',
                    'Work out which value-added telecom category your business really falls in, and whether you also need others such as EDI, before you apply.',
                ),
                (Citation(_0, (), Text('第四部分第1点', 'part 4.1'), None, 'practice'),),
                None,
            ),
            Advice(
                'caution_domain_server',
                'caution',
                ('icp_filing', 'icp_license', 'edi_license'),
                Text(
                    '选用合规的域名和境内服务器；微信只接受已备案的域名，境外服务器规避备案的做法对微信商城行不通。',
                    'Use a compliant domain and a server in mainland China; WeChat accepts only filed domains, so hosting abroad to avoid filing does not work for a WeChat mall.',
                ),
                (Citation(_0, (), Text('第四部分第2点', 'part 4.2'), None, 'practice'),),
                Compare('channels', 'has_any', frozenset(('backend_domain', 'own_domain'))),
            ),
            Advice(
                'caution_agency',
                'caution',
                ('icp_license', 'edi_license'),
                Text(
                    '委托代办机构时选择正规、口碑好的机构，警惕“包过”承诺和诈骗。',
                    'If you hire an agency, pick a legitimate one with a good record; beware of guaranteed-approval promises and scams.',
                ),
                (Citation(_0, (), Text('第四部分第3点', 'part 4.3'), None, 'practice'),),
                None,
            ),
            Advice(
                'caution_regulator',
                'caution',
                ('icp_license', 'edi_license'),
                Text(
                    '关注通信管理局的通知，按要求提交材料和年报，及时办理变更和续期，保持许可证有效。',
                    "Follow the regulator's notices, submit documents and annual reports on time, and file changes and renewals so the licence stays valid.",
                ),
                (Citation(_0, (), Text('第四部分第4点', 'part 4.4'), None, 'practice'),),
                None,
            ),
            Advice(
                'caution_show_number',
                'caution',
                ('icp_filing', 'icp_license'),
                Text(
                    '在网站首页底部展示许可证号或备案号；未展示的，可处5000元至5万元罚款。',
                    'Show the licence or filing number at the foot of your home page; not doing so can bring a fine of ¥5,000 to ¥50,000.',
                ),
                (Citation(_1, (12, 22), None, None, 'law'),),
                Compare('channels', 'has', 'own_domain'),
            ),
            Advice(
                'obligation_capital_one_province',
                'caution',
                ('icp_license', 'edi_license'),
                Text(
                    '你只在一个省经营：向省通信管理局申请；申请人须是公司，注册资本不少于100万元。',
                    'You operate in one province: apply to the provincial communications administration; the applicant must be a company with registered capital of at least ¥1,000,000.',
                ),
                (Citation(_5, (6,), None, None, 'law'),),
                Compare('users_where', 'eq', 'one_province'),
            ),
            Advice(
                'obligation_capital_cross_province',
                'caution',
                ('icp_license', 'edi_license'),
                Text(
                    '你跨省或在全国经营：向工业和信息化部申请；申请人须是公司，注册资本不少于1000万元。',
                    'You operate across provinces or nationwide: apply to MIIT; the applicant must be a company with registered capital of at least ¥10,000,000.',
                ),
                (Citation(_5, (6,), None, None, 'law'),),
                Compare('users_where', 'eq', 'several_provinces'),
            ),
            Advice(
                'obligation_capital_not_sure',
                'caution',
                ('icp_license', 'edi_license'),
                Text(
                    '你还没确定服务地域：只在一个省经营的，向省通信管理局申请，注册资本不少于100万元；跨省或全国经营的，向工业和信息化部申请，注册资本不少于1000万元。申请人都须是公司。',
                    'You have not decided where you will serve users: for one province, apply to the provincial communications administration with registered capital of at least ¥1,000,000; across provinces or nationwide, apply to MIIT with at least ¥10,000,000. Either way the applicant must be a company.',
                ),
                (Citation(_5, (6,), None, None, 'law'),),
                Compare('users_where', 'eq', 'not_sure'),
            ),
            Advice(
                'obligation_validity',
                'caution',
                ('icp_license', 'edi_license'),
                Text(
                    '许可证有效期5年，须在到期前90日申请续期。',
                    'The licence is valid for 5 years; apply to renew 90 days before it expires.',
                ),
                (
                    Citation(_5, (), None, Text('具体条文序号未核实。', 'The exact article number is unverified.'), 'law'),
                ),
                None,
            ),
            Advice(
                'obligation_annual_report',
                'caution',
                ('icp_license', 'edi_license'),
                Text(
                    '每年第一季度（3月31日前）提交上一年度的年报；未按时报送的会被列入不良名单。',
                    'File the annual report in the first quarter of each year, by 31 March; those who do not are put on the list of bad records (不良名单).',
                ),
                (
                    Citation(
                        _5,
                        (),
                        None,
                        Text('代办机构援引第35、38条，未核实。', 'Agencies cite Arts. 35 and 38; unverified.'),
                        'law',
                    ),
                ),
                None,
            ),
            Advice(
                'obligation_filings_after_licence',
                'caution',
                ('icp_license', 'edi_license'),
                Text(
                    '持证后，网站所用域名仍须办理备案（经营性备案，填写许可证号），并在上线后30日内办理公安联网备案；相关信息变化时及时报告变更。',
                    "Once licensed, the site's domain is still filed (a commercial filing quoting the licence number), the site is registered with the public security bureau within 30 days of going live, and changes are reported.",
                ),
                (
                    Citation(_2, (), None, None, 'law'),
                    Citation(_8, (12,), None, None, 'law'),
                    Citation(
                        _34,
                        (),
                        None,
                        Text(
                            '持证网站做经营性备案，来自云服务商的说明。',
                            'The commercial filing of a licensed site is what hosting providers describe.',
                        ),
                        'practice',
                    ),
                ),
                Compare('channels', 'has', 'own_domain'),
            ),
            Advice(
                'penalty_unlicensed',
                'risk',
                ('icp_license',),
                Text(
                    '无证经营的，责令限期改正，没收违法所得并处违法所得3至5倍罚款；没有违法所得或不足5万元的，处10万元至100万元罚款；情节严重的责令关闭网站。',
                    'Operating without a licence brings an order to correct within a time limit, confiscation of the illegal income and a fine of 3 to 5 times it (¥100,000 to ¥1,000,000 where there is none or it is under ¥50,000), and closure in serious cases.',
                ),
                (
                    Citation(_1, (19,), Text('第1款', 'para. 1'), None, 'law'),
                    Citation(_3, (69,), None, None, 'law'),
                ),
                None,
            ),
            Advice(
                'penalty_unlicensed_edi',
                'risk',
                ('edi_license',),
                Text(
                    '无EDI许可证经营的，依《电信条例》第69条责令改正，没收违法所得并处违法所得3至5倍罚款；没有违法所得或不足5万元的，处10万元至100万元罚款。',
                    'Running B21 without the EDI licence brings, under Art. 69 of the Telecommunications Regulations, an order to correct, confiscation of the illegal income and a fine of 3 to 5 times it (¥100,000 to ¥1,000,000 where there is none or it is under ¥50,000).',
                ),
                (Citation(_3, (69,), None, None, 'law'),),
                None,
            ),
            Advice(
                'penalty_unfiled',
                'risk',
                ('icp_filing',),
                Text(
                    '未备案提供服务的，责令限期改正，拒不改正的关闭网站，并处1万元罚款（并处是必罚，不是可罚）。',
                    'Providing the service without a filing brings an order to correct, and if you do not, closure with a mandatory ¥10,000 fine on top (并处).',
                ),
                (
                    Citation(_1, (19,), Text('第2款', 'para. 2'), None, 'law'),
                    Citation(
                        _2,
                        (22,),
                        None,
                        Text(
                            '条文序号沿用2005年文本，2024年修订后是否重新编号未核实。',
                            'Article number as in the 2005 text; whether the 2024 revision renumbered it is unverified.',
                        ),
                        'law',
                    ),
                ),
                None,
            ),
            Advice(
                'wechat_only_lean_anhui',
                'caution',
                ('icp_license', 'edi_license'),
                Text(
                    '安徽省通信管理局公告明确，只在小程序或公众号内经营、没有独立平台的，不需要增值电信业务经营许可证。你在安徽、只在本省经营，许可证由省通信管理局审批，因此监管部门倾向于不需要；仍请以书面咨询的答复为准。微信的类目审核不受此影响。',
                    "The Anhui Communications Administration's notice says a business run only in a mini-program or Official Account, with no independent platform, needs no value-added telecom licence. You are in Anhui and serve that province only, so the provincial administration licenses you and the regulator leans towards not required; still confirm in writing. WeChat's category review is unaffected.",
                ),
                (
                    Citation(_6, (), None, None, 'official'),
                    Citation(
                        _5,
                        (5,),
                        None,
                        Text(
                            '单省经营由省通信管理局审批、跨省由工信部审批；条文序号未核实。',
                            'One province is licensed by the province, several by MIIT; article number unverified.',
                        ),
                        'unverified',
                    ),
                ),
                All(
                    (
                        Compare('wechat_only', 'is', True),
                        Compare('province', 'eq', 'anhui'),
                        Compare('users_where', 'eq', 'one_province'),
                    ),
                ),
            ),
            Advice(
                'wechat_only_lean_henan',
                'caution',
                ('icp_license', 'edi_license'),
                Text(
                    '据报道，河南省通信管理局（2023）与安徽省通信管理局公告的口径相同：只在小程序或公众号内经营的，不需要增值电信业务经营许可证；河南的文件未核实。你只在本省经营，请先向河南省通信管理局书面咨询，在得到答复之前按需要许可证准备。',
                    "Henan's communications administration (2023) reportedly takes the Anhui notice's view that a business run only in a mini-program or Official Account needs no value-added telecom licence; Henan's text is unverified. You serve that province only, so ask the Henan administration in writing, and prepare as if the licence were needed until it answers.",
                ),
                (Citation(_6, (), None, None, 'unverified'),),
                All(
                    (
                        Compare('wechat_only', 'is', True),
                        Compare('province', 'eq', 'henan'),
                        Compare('users_where', 'eq', 'one_province'),
                    ),
                ),
            ),
            Advice(
                'wechat_only_lean_elsewhere',
                'caution',
                ('icp_license', 'edi_license'),
                Text(
                    '尚未见到你所在省份关于只在微信内经营的通知；请先向省通信管理局书面咨询，在得到答复之前按需要许可证准备。',
                    'No notice of your province on WeChat-only businesses has been found; ask the provincial communications administration in writing first, and prepare as if the licence were needed until it answers.',
                ),
                (Citation(_6, (), None, None, 'unverified'),),
                All(
                    (
                        Compare('wechat_only', 'is', True),
                        Not(Compare('province', 'in', frozenset(('anhui', 'henan')))),
                        Not(Compare('users_where', 'eq', 'several_provinces')),
                    ),
                ),
            ),
            Advice(
                'wechat_only_cross_province',
                'caution',
                ('icp_license', 'edi_license'),
                Text(
                    '你跨省或在全国经营，许可证由工业和信息化部审批，省通信管理局关于只在微信内经营的公告（如安徽）不能作为依据；尚未见到工信部对此的文件。请向工业和信息化部咨询，在得到答复之前按需要许可证准备。',
                    "You serve several provinces or the whole country, so MIIT licenses you, and no provincial notice on WeChat-only businesses (such as Anhui's) carries your case; no MIIT text on it has been found. Ask MIIT, and prepare as if the licence were needed until it answers.",
                ),
                (
                    Citation(
                        _5,
                        (5,),
                        None,
                        Text(
                            '跨省经营由工信部审批；条文序号未核实。',
                            'MIIT licenses cross-province services; article number unverified.',
                        ),
                        'unverified',
                    ),
                    Citation(_6, (), None, None, 'official'),
                ),
                All((Compare('wechat_only', 'is', True), Compare('users_where', 'eq', 'several_provinces'))),
            ),
            Advice(
                'wechat_only_but_own_domain',
                'caution',
                ('icp_license', 'edi_license'),
                Text(
                    '你说业务只在微信内运行，又说有自有域名。如果该域名上有用户可以直接访问的网站，你就不是“只在微信内”经营，省通知的口径不适用；只作为小程序后台服务器的域名不影响这一点。',
                    "You say the business runs only inside WeChat, yet you have a domain of your own. If that domain serves a website users reach directly, you are not WeChat-only and the provincial reading does not apply; a domain used only as the mini-program's backend server does not change this.",
                ),
                (Citation(_6, (), None, None, 'inference'),),
                All((Compare('wechat_only', 'is', True), Compare('channels', 'has', 'own_domain'))),
            ),
            Advice(
                'caution_pilot_approval',
                'caution',
                ('icp_license',),
                Text(
                    '你的公司是注册在试点地区的外资控股公司：须先取得工信部的试点批复（首批于2025-02-28获批），才能申请试点开放的B25业务；社区、问答和即时通讯类业务仍受50%上限限制。',
                    "Your company is majority foreign-owned and registered in a pilot area: it first needs MIIT's pilot approval (the first were granted on 2025-02-28) before applying for the opened B25 services; community, Q&A and instant-messaging services stay under the 50% cap.",
                ),
                (Citation(_26, (), None, None, 'official'),),
                All((Compare('foreign_equity', 'eq', 'majority'), Compare('registered_in_pilot', 'is', True))),
            ),
            Advice(
                'platform_duties_merchants',
                'caution',
                ('edi_license',),
                Text(
                    '作为平台，须核验登记入驻商家的身份和许可信息并至少每六个月更新一次，每年两次向省级市场监管部门报送商家信息，商品和交易信息保存不少于3年；用社交、直播工具为他人提供经营场所的也算平台（条文凭审阅者记忆，未核实）。2026-01-07公布的《直播电商监督管理办法》和《网络交易平台规则监督管理办法》施行日期未核实。',
                    "As a platform you verify and register your merchants' identity and licences and update them at least every six months, report their data to the provincial market regulator twice a year, and keep goods and transaction records for at least 3 years; social or live-stream tools that give others a place to trade count as platforms (articles unverified). The live-stream e-commerce and platform-rules Measures were published on 2026-01-07; when they take effect is unverified.",
                ),
                (
                    Citation(_29, (27, 28, 31), None, None, 'law'),
                    Citation(_59, (7, 24, 25), None, None, 'unverified'),
                    Citation(_62, (), None, None, 'unverified'),
                    Citation(
                        _64,
                        (),
                        None,
                        Text(
                            '据新闻报道公布于2026-01-07；施行日期未核实。',
                            'Published 2026-01-07 per news reports; when it takes effect is unverified.',
                        ),
                        'official',
                    ),
                    Citation(
                        _65,
                        (),
                        None,
                        Text(
                            '据新闻报道公布于2026-01-07；施行日期未核实。',
                            'Published 2026-01-07 per news reports; when it takes effect is unverified.',
                        ),
                        'official',
                    ),
                ),
                Compare('third_party_sellers', 'is', True),
            ),
            Advice(
                'platform_duties_no_pooled_funds',
                'caution',
                ('edi_license',),
                Text(
                    '不要把买家付给商家的货款先归集到自己账户再分给商家（“二清”）；应通过持牌支付机构直接结算给商家。',
                    "Do not collect buyers' payments into your own account and pass them on to merchants (二清); settle to merchants through a licensed payment institution.",
                ),
                (Citation(_30, (), None, None, 'law'),),
                Compare('third_party_sellers', 'is', True),
            ),
            Advice(
                'licence_needs_company',
                'caution',
                ('icp_license', 'edi_license'),
                Text(
                    '增值电信业务经营许可证只发给公司：个人和个体工商户不能持有，境外主体也要先在境内设立公司。需要许可证（或核实后需要）的，先设立公司再申请。',
                    'Value-added telecom licences are granted only to companies; individuals and sole traders cannot hold one, and an overseas entity first needs a company in mainland China. If you need the licence (or turn out to), set up a company before you apply.',
                ),
                (Citation(_5, (6,), None, None, 'law'),),
                Compare('operator', 'in', frozenset(('individual', 'overseas', 'sole_trader'))),
            ),
            Advice(
                'individual_files_in_own_name',
                'caution',
                ('icp_filing',),
                Text(
                    '以个人名义备案的网站只适合个人的、非经营性的内容；网店应以营业执照上的名称备案。《电子商务法》第10条只免除部分个人的市场主体登记（销售自产农副产品、家庭手工业产品，零星小额交易等），其他情况须先办理登记（如个体工商户）。',
                    "A filing in an individual's name suits a personal, non-commercial site only; a shop files in the name on its business licence. Art. 10 of the E-Commerce Law exempts only some individuals from registering as a business (selling their own farm produce or handicrafts, small sporadic trades); others register first, as a sole trader for instance.",
                ),
                (Citation(_34, (), None, None, 'practice'), Citation(_29, (10,), None, None, 'law')),
                Compare('operator', 'eq', 'individual'),
            ),
            Advice(
                'platform_checks_merchant_licences',
                'caution',
                ('edi_license',),
                Text(
                    '入驻商家销售食品、药品、医疗器械或出版物的，平台要核验并登记他们的许可证或备案（食品经营许可、药品经营许可、医疗器械经营许可或备案、出版物经营许可证）。',
                    'Where merchants sell food, drugs, medical devices or publications, the platform checks and records their licences or filings (food business, drug business, device business, publications).',
                ),
                (
                    Citation(_29, (27,), None, None, 'law'),
                    Citation(
                        _22,
                        (),
                        None,
                        Text(
                            '平台核验出版物经营许可证的条文未核实。',
                            "The article on checking merchants' publications licences is unverified.",
                        ),
                        'unverified',
                    ),
                ),
                Compare(
                    'merchant_goods',
                    'has_any',
                    frozenset(('books_av', 'drugs', 'food', 'medical_devices', 'restaurant_meals')),
                ),
            ),
            Advice(
                'drug_info_filing_reported',
                'caution',
                ('drug_info_certificate',),
                Text(
                    '有代办机构称，互联网药品信息服务资格证书在2025年改为备案管理；我们没有在官方文本中核实，办理前请向省药品监督管理部门确认。',
                    'An agency reports that the drug information certificate became a filing (备案) in 2025; this is unverified in an official text, so confirm with the provincial drug regulator first.',
                ),
                (Citation(_10, (), None, None, 'unverified'),),
                None,
            ),
            Advice(
                'drug_device_ads',
                'caution',
                ('drug_business_license', 'device_license', 'device_filing'),
                Text(
                    '药品和医疗器械的广告发布前须经审查（《广告法》第46条）；你自己的商品页面是否属于互联网广告，未核实。',
                    'Ads for drugs and medical devices must be reviewed before publication (Advertising Law Art. 46); whether your own product pages count as internet ads is unverified.',
                ),
                (Citation(_45, (46,), None, None, 'law'), Citation(_47, (), None, None, 'unverified')),
                None,
            ),
            Advice(
                'prepaid_card_sectors',
                'caution',
                ('prepaid_card_filing',),
                Text(
                    '这项备案针对零售、住宿和餐饮、居民服务业的企业法人；这些行业以外的企业没有全国性的备案要求（这是推断）。',
                    'The filing covers incorporated enterprises in retail, hospitality and catering, and resident services; businesses outside these sectors have no national filing (an inference).',
                ),
                (Citation(_16, (2,), None, None, 'law'),),
                None,
            ),
            Advice(
                'cross_border_food',
                'caution',
                ('food_filing', 'food_license'),
                Text(
                    '食品经营备案针对一般贸易进口的食品；跨境电商零售进口（保税）的食品是否适用，并不明确（这是推断）。',
                    'The food filing fits food imported through general trade; whether it fits food sold as bonded cross-border retail imports is not clear (an inference).',
                ),
                (Citation(_14, (35,), None, None, 'inference'),),
                Compare('goods', 'has', 'cross_border_import'),
            ),
            Advice(
                'prescription_drug_ads',
                'caution',
                ('ad_review', 'drug_business_license'),
                Text(
                    '处方药不得面向公众做广告：只能在国务院卫生健康和药品监督管理部门共同指定的医学、药学专业刊物上发布，商城页面、推文、直播和海报都不行；麻醉药品、精神药品等特殊药品不得做任何广告。这一点广告审查也无法补救（《广告法》第15条，条文序号凭审阅者记忆，未核实）。',
                    "Prescription drugs may not be advertised to the public at all - only in medical and pharmaceutical journals the health and drug authorities designate, never on shop pages, posts, live streams or banners - and narcotic, psychotropic and other special drugs may not be advertised anywhere. No advertising review can cure this (Advertising Law Art. 15; article number from the auditor's memory, unverified).",
                ),
                (Citation(_45, (15,), None, None, 'unverified'),),
                All(
                    (
                        Compare('own_ads', 'is', True),
                        Compare('drug_device_kinds', 'has_any', frozenset(('drugs', 'not_sure'))),
                    ),
                ),
            ),
            Advice(
                'online_diagnosis_reserved',
                'caution',
                ('prior_approval', 'icp_license'),
                Text(
                    '健康咨询不能变成网上诊疗：针对具体患者的诊断、开处方等互联网诊疗只能由取得执业许可的医疗机构开展（《互联网诊疗管理办法（试行）》，2018；《互联网诊疗监管细则（试行）》，2022；凭审阅者记忆，未核实）。付费健康咨询只提供一般的健康信息，不做诊断、不开处方。',
                    "Health advice must not become online diagnosis - diagnosing a patient or prescribing online is reserved to licensed medical institutions (Measures for Internet Diagnosis and Treatment (Trial), 2018; supervision rules (Trial), 2022; from the auditor's memory, unverified). Paid health advice gives general health information only, with no diagnosis and no prescription.",
                ),
                (Citation(_33, (), None, None, 'unverified'),),
                Compare('content_kinds', 'has', 'medical_info'),
            ),
            Advice(
                'drugs_not_sold_online',
                'caution',
                ('drug_business_license', 'drug_platform_filing'),
                Text(
                    '有些药品不得在网上销售：疫苗、血液制品、麻醉药品、精神药品、医疗用毒性药品、放射性药品、药品类易制毒化学品等国家实行特殊管理的药品；持有药品经营许可也不能在网上卖，平台也不得让商家上架。',
                    'Some drugs may not be sold online at all - vaccines, blood products, narcotic, psychotropic, toxic and radioactive drugs, drug precursor chemicals and other drugs under special state control; a drug business licence does not change this, and a platform must not let merchants list them.',
                ),
                (Citation(_41, (), None, None, 'official'),),
                AnyOf(
                    (
                        Compare('drug_device_kinds', 'has_any', frozenset(('drugs', 'not_sure'))),
                        Compare('merchant_goods', 'has', 'drugs'),
                    ),
                ),
            ),
            Advice(
                'every_shop_duties',
                'caution',
                ('icp_filing', 'app_filing'),
                Text(
                    '每个网店都要在首页显著位置公示营业执照和相关行政许可信息，只在微信里开店的也一样（《电子商务法》第15条；第10条免于登记不免除许可）；网购商品一般可七日无理由退货；个人信息处理和未成年人保护另有条例（2025、2024年施行）。（退货条文和条例日期凭审阅者记忆，未核实）',
                    "Every online shop shows its business licence and other licences on its home page, WeChat-only shops too (E-Commerce Law Art. 15; Art. 10's exemption from registration lifts no licence); online buyers may usually return goods within seven days without a reason; Regulations on personal data (2025) and on minors (2024) apply. (The returns article and those dates are from the auditor's memory, unverified.)",
                ),
                (
                    Citation(_29, (15, 10), None, None, 'law'),
                    Citation(_60, (25,), None, None, 'unverified'),
                    Citation(_61, (), None, None, 'unverified'),
                    Citation(_63, (), None, None, 'unverified'),
                ),
                None,
            ),
            Advice(
                'other_platform_mini_programs',
                'caution',
                ('app_filing',),
                Text(
                    '同一小程序也发布到抖音、支付宝、百度或快手的，备案要求与微信相同（工信部信管〔2023〕105号），但要在每个平台各自的备案入口分别办理，类目规则也各不相同（各平台流程未逐一核实）。',
                    "A mini-program also published on Douyin, Alipay, Baidu or Kuaishou is filed under the same requirements as on WeChat (MIIT 工信部信管〔2023〕105号), but through each platform's own filing entry, under its own category rules (each platform's steps not verified one by one).",
                ),
                (
                    Citation(_7, (), None, None, 'official'),
                    Citation(
                        _7,
                        (),
                        None,
                        Text(
                            '各平台的备案入口和类目规则未逐一核实（实务）。',
                            "Each platform's filing entry and category rules are not verified one by one (practice).",
                        ),
                        'unverified',
                    ),
                ),
                Compare('channels', 'has', 'mini_program'),
            ),
            Advice(
                'wechat_only_other_platforms',
                'caution',
                ('icp_license', 'edi_license'),
                Text(
                    '“只在微信内经营不需要许可证”的口径来自安徽省通信管理局公告（2021-04-22），据记录针对的是微信、支付宝的小程序或公众号；抖音、百度、快手等其他平台上的小程序是否同样适用，本规则集的资料没有说明。向注册地省通信管理局书面咨询时，把这些平台一并说明。',
                    "The reading that a WeChat-only business needs no licence comes from the Anhui Communications Administration's notice (2021-04-22), which as recorded concerns WeChat and Alipay mini-programs or Official Accounts; whether it reaches mini-programs on Douyin, Baidu, Kuaishou or other platforms, icpcheck's sources do not say. When you ask your province's administration in writing, name those platforms too.",
                ),
                (
                    Citation(_6, (), None, None, 'official'),
                    Citation(
                        _6,
                        (),
                        None,
                        Text(
                            '公告是否适用于微信、支付宝以外平台的小程序，未核实。',
                            'Whether the notice reaches mini-programs on platforms other than WeChat and Alipay is unverified.',
                        ),
                        'unverified',
                    ),
                ),
                All(
                    (
                        Compare('wechat_only', 'is', True),
                        Compare('platforms', 'has_any', frozenset(('baidu', 'douyin', 'kuaishou', 'other'))),
                    ),
                ),
            ),
        ),
        (
            Model(
                'self-operated',
                Text(
                    '自营微商城：只卖自己的商品或服务，不向商家或用户收信息费',
                    'Self-operated mall: sells only its own goods or services, charges nobody for information',
                ),
                {'sells_own_goods': True, 'third_party_sellers': False, 'paid_content': False},
            ),
            Model(
                'platform',
                Text(
                    '第三方平台型微商城：商家入驻并向其收取技术服务费、平台管理费等',
                    'Third-party platform mall: merchants sell in it and pay platform fees',
                ),
                {
                    'sells_own_goods': False,
                    'third_party_sellers': True,
                    'charges_sellers': True,
                    'paid_content': False,
                },
            ),
            Model(
                'paid-content',
                Text(
                    '内容平台型微商城：向用户收费提供文章、课程等信息',
                    'Paid-content mall: charges users for articles, courses and other information',
                ),
                {'sells_own_goods': False, 'third_party_sellers': False, 'paid_content': True},
            ),
        ),
        (
            Layer(
                'wechat',
                Text('微信类目审核', "WeChat's category review"),
                Text(
                    '在小程序或公众号选择服务类目时，微信要求提交的资质；可能比监管部门的要求更严。',
                    "The credentials WeChat asks for when you choose a service category for a mini-program or Official Account; they can be stricter than the regulator's.",
                ),
            ),
            Layer(
                'alipay',
                Text('支付宝平台的要求', "Alipay's requirements"),
                Text(
                    '小程序发布在支付宝时，在该平台办理的备案和该平台的类目审核。',
                    'What publishing the mini-program on Alipay involves on that platform - its filing and its category review.',
                ),
            ),
            Layer(
                'douyin',
                Text('抖音平台的要求', "Douyin's requirements"),
                Text(
                    '小程序发布在抖音时，在该平台办理的备案和该平台的类目审核。',
                    'What publishing the mini-program on Douyin involves on that platform - its filing and its category review.',
                ),
            ),
            Layer(
                'baidu',
                Text('百度平台的要求', "Baidu's requirements"),
                Text(
                    '小程序发布在百度时，在该平台办理的备案和该平台的类目审核。',
                    'What publishing the mini-program on Baidu involves on that platform - its filing and its category review.',
                ),
            ),
            Layer(
                'kuaishou',
                Text('快手平台的要求', "Kuaishou's requirements"),
                Text(
                    '小程序发布在快手时，在该平台办理的备案和该平台的类目审核。',
                    'What publishing the mini-program on Kuaishou involves on that platform - its filing and its category review.',
                ),
            ),
            Layer(
                'other_platform',
                Text('其他平台或独立App的要求', "Other platforms' or a stand-alone App's requirements"),
                Text(
                    '发布在上述平台以外的小程序、快应用，或独立App：在为它提供服务的平台办理的备案。',
                    'A mini-program or quick app on a platform not listed, or a stand-alone App - the filing made through whoever distributes or hosts it.',
                ),
            ),
        ),
        (
            Conflict(
                'wechat_only_with_own_site',
                All((Compare('wechat_only', 'is', True), Compare('channels', 'has', 'own_domain'))),
                Text(
                    '你回答业务只在微信里运行，渠道却选了自有域名。如果自有域名只用作小程序的后台服务器，两者并不矛盾；如果用户能直接访问该域名上的网站或H5页面，业务就不算只在微信里运行，“只在微信内经营”的口径对你不适用，请把“是否只在微信内经营”改答为“否”。',
                    "You answered that the business runs only inside WeChat (wechat_only yes) but chose a domain of your own among the channels (channels own_domain). If that domain only serves the mini-program's backend, the two agree; if users reach a website or H5 page on it directly, the business does not run only inside WeChat and the WeChat-only reading does not apply to you - answer wechat_only no.",
                ),
                (),
            ),
            Conflict(
                'wechat_only_not_on_wechat',
                All(
                    (
                        Compare('wechat_only', 'is', True),
                        Compare('channels', 'has', 'mini_program'),
                        Not(Compare('platforms', 'has', 'wechat')),
                    ),
                ),
                Text(
                    '你回答业务只在微信里运行，但小程序不发布在微信上。本规则集把这个回答理解为“只在小程序或公众号内经营，没有独立的网站或App”；据记录，安徽省通信管理局公告针对的是微信、支付宝的小程序或公众号。如果只是漏选了平台，请在“小程序发布在哪些平台”中加上微信。',
                    'You answered that the business runs only inside WeChat (wechat_only yes), but the mini-program is not published on WeChat (platforms). icpcheck reads the answer as "only in mini-programs or Official Accounts, with no website or App of its own"; as recorded, the Anhui Communications Administration\'s notice concerns WeChat and Alipay mini-programs or Official Accounts. If you only left WeChat out, add it to platforms.',
                ),
                (),
            ),
        ),
        (
            ApplyCondition(
                'licence_company',
                ('icp_license', 'edi_license'),
                Text(
                    '在境内注册的公司（个人、个体工商户不能持证）',
                    'A company registered in mainland China (not an individual or sole trader)',
                ),
                (Citation(_5, (6,), None, None, 'official'),),
                None,
                Compare('operator', 'in', frozenset(('individual', 'sole_trader'))),
                Text(
                    '增值电信业务经营许可证只发给公司，个人和个体工商户不能申请。',
                    'Value-added telecom licences are granted only to companies; an individual or sole trader cannot apply.',
                ),
                Text('先设立公司，由公司申请。', 'Set up a company and apply in its name.'),
            ),
            ApplyCondition(
                'licence_mainland',
                ('icp_license', 'edi_license'),
                Text(
                    '境外主体须先在中国境内设立公司，由它申请',
                    'An entity outside mainland China must first set up a company in it to apply',
                ),
                (Citation(_5, (6,), None, None, 'official'),),
                Compare('operator', 'eq', 'overseas'),
                Compare('operator', 'eq', 'overseas'),
                Text(
                    '境外主体不能直接申请增值电信业务经营许可证。',
                    'An entity outside mainland China cannot apply for a value-added telecom licence itself.',
                ),
                Text(
                    '在境内设立子公司（外商投资企业），由它申请。',
                    'Set up a mainland subsidiary (a foreign-invested company) and apply in its name.',
                ),
            ),
            ApplyCondition(
                'filing_mainland',
                ('icp_filing',),
                Text(
                    '备案主体须在中国境内（境外主体不能备案）',
                    'The filer must be in mainland China (an overseas entity cannot file)',
                ),
                (Citation(_34, (), None, None, 'practice'),),
                All((Compare('channels', 'has', 'own_domain'), Compare('operator', 'eq', 'overseas'))),
                Compare('operator', 'eq', 'overseas'),
                Text(
                    '境外主体不能为域名办理ICP备案。',
                    'An entity outside mainland China cannot make the ICP filing for a domain.',
                ),
                Text('在境内设立公司，由它持有域名并备案。', 'Set up a mainland subsidiary to hold the domain and file it.'),
            ),
            ApplyCondition(
                'capital_one_province',
                ('icp_license', 'edi_license'),
                Text(
                    '注册资本不少于100万元（只在一个省经营，向省通信管理局申请）',
                    'Registered capital of at least ¥1,000,000 (one province; apply to the provincial administration)',
                ),
                (Citation(_5, (6,), None, None, 'official'),),
                Compare('users_where', 'eq', 'one_province'),
                None,
                None,
                None,
            ),
            ApplyCondition(
                'capital_cross_province',
                ('icp_license', 'edi_license'),
                Text(
                    '注册资本不少于1000万元（跨省或全国经营，向工业和信息化部申请）',
                    'Registered capital of at least ¥10,000,000 (several provinces or nationwide; apply to MIIT)',
                ),
                (Citation(_5, (6,), None, None, 'official'),),
                Compare('users_where', 'eq', 'several_provinces'),
                None,
                None,
                None,
            ),
            ApplyCondition(
                'capital_not_decided',
                ('icp_license', 'edi_license'),
                Text(
                    '注册资本不少于100万元（一个省）或1000万元（跨省）',
                    'Registered capital of at least ¥1,000,000 (one province) or ¥10,000,000 (several provinces)',
                ),
                (Citation(_5, (6,), None, None, 'official'),),
                Compare('users_where', 'eq', 'not_sure'),
                None,
                None,
                None,
            ),
            ApplyCondition(
                'licence_staff_premises',
                ('icp_license', 'edi_license'),
                Text(
                    '与业务相适应的资金、人员和场地（实务中约3名缴社保员工）',
                    'Funds, staff and premises for the service (agencies say about 3 insured staff)',
                ),
                (Citation(_5, (6,), None, None, 'official'), Citation(_10, (), None, None, 'practice')),
                None,
                None,
                None,
                None,
            ),
            ApplyCondition(
                'icp_licence_foreign_cap',
                ('icp_license',),
                Text(
                    '外资持股不超过50%（试点地区的部分业务除外）',
                    'Foreign investors may hold at most 50% (except some services in the pilot areas)',
                ),
                (Citation(_27, (), None, None, 'official'), Citation(_26, (), None, None, 'official')),
                Compare('foreign_equity', 'in', frozenset(('majority', 'minority'))),
                None,
                None,
                None,
            ),
            ApplyCondition(
                'av_state_owned',
                ('av_license',),
                Text(
                    '申请人须是国有独资或国有控股单位；注册资本不少于1000万元；不少于20名专业人员',
                    'The applicant must be wholly state-owned or state-controlled; registered capital of at least ¥10,000,000; at least 20 qualified staff',
                ),
                (
                    Citation(_17, (8,), None, None, 'law'),
                    Citation(
                        _10,
                        (),
                        None,
                        Text('资本和人员要求据省级办事指南转述。', 'Capital and staff as provincial guides state them.'),
                        'practice',
                    ),
                ),
                None,
                AnyOf(
                    (
                        Compare('operator', 'in', frozenset(('individual', 'overseas', 'sole_trader'))),
                        Compare('foreign_equity', 'in', frozenset(('majority', 'minority'))),
                    ),
                ),
                Text(
                    '这个许可证只发给国有独资或国有控股单位，私人经营者不能申请。',
                    'This licence is granted only to state-owned or state-controlled entities; a private operator cannot apply.',
                ),
                Text(
                    '没有能由你自己办理的途径；须改为不提供视听节目服务，或与持证单位合作（这是推断）。',
                    'There is no route you can take yourself; leave out the audio-visual programme service, or work with a licensed entity (an inference).',
                ),
            ),
        ),
        (
            Procedure(
                'icp_filing',
                Limit(
                    'processing',
                    20,
                    'working_days',
                    Text(
                        '通信管理局审核不超过20个工作日（浙江30个）',
                        "the administration's review takes at most 20 working days (Zhejiang 30)",
                    ),
                    (
                        Citation(
                            _2,
                            (12,),
                            None,
                            Text(
                                '据接入商引用的2005年文本；2024年文本未核对。',
                                'As hosting providers quote the 2005 text; the 2024 text is unchecked.',
                            ),
                            'official',
                        ),
                    ),
                ),
                Typical(
                    3,
                    24,
                    'working_days',
                    Text(
                        '接入商初审约1个工作日，提交管局1–3个工作日，再加管局审核',
                        "the provider's check about 1 working day, hand-over 1–3, then the administration's review",
                    ),
                    (Citation(_34, (), None, None, 'practice'),),
                ),
                Fee(
                    0,
                    0,
                    Text('不收费（接入商的备案、幕布和拍照也免费）', "free (the provider's filing service, backdrop and photo too)"),
                    (Citation(_53, (), None, None, 'law'), Citation(_34, (), None, None, 'practice')),
                ),
                None,
            ),
            Procedure(
                'app_filing',
                None,
                Typical(
                    2,
                    23,
                    'working_days',
                    Text(
                        '平台初审1–3天，通信管理局审核1–20个工作日',
                        "the platform's check 1–3 days, then the administration's review 1–20 working days",
                    ),
                    (Citation(_36, (), None, None, 'practice'),),
                ),
                None,
                None,
            ),
            Procedure(
                'psb_filing',
                Limit(
                    'deadline',
                    30,
                    'calendar_days',
                    Text('网站开通后30日内办理', 'file within 30 days of the site going live'),
                    (Citation(_8, (12,), None, None, 'law'),),
                ),
                Typical(
                    7,
                    7,
                    'calendar_days',
                    Text(
                        '据报约一周；交互式网站可能被约谈或要求安全评估',
                        'about a week reported; interactive sites may be called in or asked for a security assessment',
                    ),
                    (Citation(_35, (), None, None, 'practice'),),
                ),
                None,
                None,
            ),
            Procedure(
                'icp_license',
                Limit(
                    'processing',
                    60,
                    'calendar_days',
                    Text('自收到申请之日起60日内作出决定', 'a decision within 60 days of receiving the application'),
                    (
                        Citation(
                            _1,
                            (7,),
                            None,
                            Text(
                                '2000年文本的期限；是否按工作日计算未写明。',
                                "The 2000 text's limit; whether the days are working days is not stated.",
                            ),
                            'law',
                        ),
                    ),
                ),
                Typical(
                    40,
                    60,
                    'working_days',
                    Text('代办机构说一般40–60个工作日，有的地方更长', 'agencies report 40–60 working days, longer in places'),
                    (Citation(_10, (), None, None, 'practice'),),
                ),
                Fee(
                    0,
                    0,
                    Text(
                        '政府不收费；代办费各家不一，未见可靠数字',
                        'no government fee; agency fees vary and no reliable figure was found',
                    ),
                    (Citation(_53, (), None, None, 'law'),),
                ),
                None,
            ),
            Procedure(
                'edi_license',
                Limit(
                    'processing',
                    60,
                    'calendar_days',
                    Text(
                        '自收到申请之日起60日内作出决定（可与ICP许可证一并申请）',
                        'a decision within 60 days of receiving the application (one application can cover the ICP licence too)',
                    ),
                    (
                        Citation(
                            _1,
                            (7,),
                            None,
                            Text(
                                '2000年文本的期限；是否按工作日计算未写明。',
                                "The 2000 text's limit; whether the days are working days is not stated.",
                            ),
                            'law',
                        ),
                    ),
                ),
                Typical(
                    40,
                    60,
                    'working_days',
                    Text('代办机构说一般40–60个工作日，有的地方更长', 'agencies report 40–60 working days, longer in places'),
                    (Citation(_10, (), None, None, 'practice'),),
                ),
                Fee(
                    0,
                    0,
                    Text(
                        '政府不收费；代办费各家不一，未见可靠数字',
                        'no government fee; agency fees vary and no reliable figure was found',
                    ),
                    (Citation(_53, (), None, None, 'law'),),
                ),
                None,
            ),
            Procedure(
                'food_filing',
                None,
                Typical(
                    0,
                    1,
                    'working_days',
                    Text('即办，最多1个工作日（湖南的办事指南）', "done on the spot, at most 1 working day (Hunan's guide)"),
                    (Citation(_39, (), None, None, 'official'),),
                ),
                Fee(
                    0,
                    0,
                    Text('不收费（湖南的办事指南）', "free (Hunan's guide)"),
                    (Citation(_39, (), None, None, 'official'),),
                ),
                None,
            ),
            Procedure(
                'publication_license',
                Limit(
                    'processing',
                    20,
                    'working_days',
                    Text('早先文本规定20个工作日内决定', 'a decision within 20 working days under an earlier text'),
                    (
                        Citation(
                            _22,
                            (),
                            None,
                            Text(
                                '据报道的早先文本；2016年规定的期限未核实。',
                                "As an earlier text was reported; the 2016 rules' limit is unverified.",
                            ),
                            'unverified',
                        ),
                    ),
                ),
                None,
                None,
                None,
            ),
            Procedure(
                'internet_culture_license',
                Limit(
                    'processing',
                    20,
                    'calendar_days',
                    Text('自受理之日起20日内作出决定', 'a decision within 20 days of accepting the application'),
                    (
                        Citation(
                            _19,
                            (),
                            None,
                            Text(
                                '据转载的文本；是否按工作日计算未写明。',
                                'Read in a mirror; whether the days are working days is not stated.',
                            ),
                            'law',
                        ),
                    ),
                ),
                None,
                None,
                None,
            ),
            Procedure(
                'prepaid_card_filing',
                Limit(
                    'deadline',
                    30,
                    'calendar_days',
                    Text('开始发卡后30日内备案', 'file within 30 days of starting to issue cards'),
                    (Citation(_16, (7,), None, None, 'law'),),
                ),
                None,
                None,
                None,
            ),
            Procedure(
                'food_platform_filing',
                Limit(
                    'deadline',
                    30,
                    'working_days',
                    Text('取得电信业务许可后30个工作日内备案', 'file within 30 working days of the telecom approval'),
                    (Citation(_40, (8,), None, None, 'official'),),
                ),
                None,
                None,
                None,
            ),
            Procedure(
                'online_food_seller_filing',
                Limit(
                    'deadline',
                    30,
                    'working_days',
                    Text(
                        '通信主管部门批准（ICP许可证或ICP备案）后30个工作日内备案；只有小程序的，从小程序备案算起',
                        'file within 30 working days of the telecom approval (the ICP licence or ICP filing); for a mini-program alone, from its mini-program filing',
                    ),
                    (
                        Citation(_40, (8,), None, None, 'official'),
                        Citation(
                            _40,
                            (8,),
                            None,
                            Text(
                                '办法只说通信主管部门批准后；只有小程序的从小程序备案算起，是推断。',
                                'The measures say from the telecom approval; counting from the mini-program filing for a mini-program alone is an inference.',
                            ),
                            'inference',
                        ),
                    ),
                ),
                None,
                None,
                None,
            ),
        ),
        (
            BottomLine(
                'foreign_majority_icp_capped',
                Text(
                    '外资持股超过50%的公司在试点地区以外拿不到ICP许可证：先解决股权结构，之后办完下列事项大约要{allow}。',
                    'A company more than 50% foreign-owned cannot get the ICP licence outside the pilot areas: settle the shareholding first; then allow {allow}.',
                ),
                (Citation(_27, (), None, None, 'official'), Citation(_25, (), None, None, 'official')),
                All(
                    (
                        Compare('foreign_equity', 'eq', 'majority'),
                        Not(Compare('registered_in_pilot', 'is', True)),
                    ),
                ),
                ('icp_license',),
                (),
                False,
                'foreign_equity',
            ),
            BottomLine(
                'licences_several_provinces',
                Text(
                    '你需要{required}。两个许可证向工业和信息化部申请，申请人须是注册资本不少于1000万元的公司，拿到之前不能向商家收费；大约要{allow}。',
                    'You need {required}. The two licences come from MIIT and need a company with registered capital of at least ¥10,000,000 before you charge merchants; allow {allow}.',
                ),
                (Citation(_5, (6,), None, None, 'official'),),
                Compare('users_where', 'eq', 'several_provinces'),
                ('icp_license', 'edi_license'),
                (),
                False,
                None,
            ),
            BottomLine(
                'licences_one_province',
                Text(
                    '你需要{required}。两个许可证向省通信管理局申请，申请人须是注册资本不少于100万元的公司，拿到之前不能向商家收费；大约要{allow}。',
                    'You need {required}. The two licences come from the provincial communications administration and need a company with registered capital of at least ¥1,000,000 before you charge merchants; allow {allow}.',
                ),
                (Citation(_5, (6,), None, None, 'official'),),
                Compare('users_where', 'eq', 'one_province'),
                ('icp_license', 'edi_license'),
                (),
                False,
                None,
            ),
            BottomLine(
                'licences_not_decided',
                Text(
                    '你需要{required}。许可证要求公司注册资本不少于100万元（一个省）或1000万元（跨省）：先确定在哪些省经营；大约要{allow}。',
                    'You need {required}. The licences need a company with registered capital of ¥1,000,000 (one province) or ¥10,000,000 (several provinces): decide first where you will serve users; allow {allow}.',
                ),
                (Citation(_5, (6,), None, None, 'official'),),
                None,
                ('icp_license', 'edi_license'),
                (),
                False,
                'users_where',
            ),
            BottomLine(
                'paid_information',
                Text(
                    '你为信息收费，需要{required}。ICP许可证要求公司注册资本不少于100万元（跨省1000万元），拿到之前不能开始收费；大约要{allow}。',
                    'You charge for information, so you need {required}. The ICP licence needs a company with registered capital of at least ¥1,000,000 (¥10,000,000 across provinces) before you start charging; allow {allow}.',
                ),
                (Citation(_1, (3, 4), None, None, 'law'), Citation(_5, (6,), None, None, 'official')),
                None,
                ('icp_license',),
                (),
                False,
                None,
            ),
            BottomLine(
                'wechat_only_platform',
                Text(
                    '只在微信内运营的平台是否需要EDI许可证，取决于所在省的口径：先问省通信管理局。同时可以先办{required}；微信的“电商平台”类目审核本身就要求增值电信业务许可证。',
                    "Whether a platform run only inside WeChat needs the EDI licence depends on your province: ask the provincial communications administration first. Meanwhile make {required}; WeChat's marketplace category asks for a value-added telecom licence anyway.",
                ),
                (Citation(_6, (), None, None, 'disputed'), Citation(_12, (), None, None, 'official')),
                Compare('wechat_only', 'is', True),
                (),
                ('edi_license',),
                False,
                'province',
            ),
            BottomLine(
                'wechat_only_paid_content',
                Text(
                    '只在微信内收费提供内容是否需要ICP许可证，取决于所在省的口径：先问省通信管理局，得到答复前不要开始收费。同时可以先办{required}。',
                    'Whether charging for content only inside WeChat needs an ICP licence depends on your province: ask the provincial communications administration first, and do not start charging until it answers. Meanwhile make {required}.',
                ),
                (Citation(_6, (), None, None, 'disputed'), Citation(_1, (19,), None, None, 'law')),
                Compare('wechat_only', 'is', True),
                (),
                ('icp_license',),
                False,
                'province',
            ),
            BottomLine(
                'own_goods_mall',
                Text(
                    '你只卖自己的商品，不需要增值电信业务许可证；需要办的是{required}，从{first}开始，大约要{allow}。',
                    'You sell only your own goods, so you need no telecom licence; you need {required}, starting with {first}; allow {allow}.',
                ),
                (Citation(_6, (), None, None, 'official'), Citation(_1, (3, 4), None, None, 'law')),
                All(
                    (
                        Compare('sells_own_goods', 'is', True),
                        Compare('third_party_sellers', 'is', False),
                        Compare('paid_content', 'is', False),
                    ),
                ),
                (),
                (),
                False,
                None,
            ),
            BottomLine(
                'required_and_review',
                Text(
                    '你需要{required}，从{first}开始，大约要{allow}。',
                    'You need {required}, starting with {first}; allow {allow}.',
                ),
                (Citation(_1, (4,), None, None, 'law'),),
                None,
                (),
                (),
                False,
                None,
            ),
            BottomLine(
                'review_only',
                Text('目前没有确定必须办理的事项；先核实{review}。', 'Nothing is clearly required yet; check {review} first.'),
                (Citation(_1, (4,), None, None, 'law'),),
                None,
                (),
                (),
                True,
                None,
            ),
        ),
        (
            Expected(
                'icp_filing',
                'no_own_site',
                Text(
                    '你没有自有域名（只有小程序，后台由服务商托管）',
                    'you have no domain of your own (only a mini-program whose backend a provider hosts)',
                ),
                Text(
                    '自有域名上的网站、H5页面或小程序后台服务器就要备案。',
                    'A website, H5 page or mini-program backend on a domain of your own would need it.',
                ),
            ),
            Expected(
                'icp_filing',
                'saas_storefront_only',
                Text(
                    '你的店铺只在SaaS服务商的域名下，由服务商备案',
                    "your shop lives only under the SaaS provider's domain, which the provider files",
                ),
                Text('绑定自己的域名或小程序就会改变。', 'Binding your own domain or mini-program changes this.'),
            ),
            Expected(
                'icp_license',
                'own_goods_only',
                Text('你只以自己的名义卖货，没有他人入驻', 'you sell only under your own name and nobody else sells in your mall'),
                Text(
                    '让商家入驻并收费，或为信息收费，就需要许可证。',
                    'Letting merchants sell for a fee, or charging for information, would need it.',
                ),
            ),
            Expected(
                'icp_license',
                'no_paid_information',
                Text('没有人为信息向你付费', 'nobody pays you for information'),
                Text('开始收取信息费或向商家收费，就需要许可证。', 'Charging for content or charging merchants would need it.'),
            ),
        ),
        (
            Obligation(
                'annual_report',
                'icp_license',
                'yearly',
                Text('增值电信业务经营许可年报', 'Value-added telecom licence annual report'),
                Text('每年1月1日至3月31日', 'Every year, 1 January to 31 March'),
                Text(
                    '未按时报送的，列入不良名单；5月至9月有随机抽查。4月可更正一次，5月公示。',
                    'Late filers are put on the list of bad records; random checks run from May to September. April allows one correction; May publishes the results.',
                ),
                (
                    Citation(
                        _5,
                        (),
                        None,
                        Text(
                            '每年1月1日至3月31日通过电信业务市场综合管理信息系统报送上一年度情况，据代办机构和各省通信管理局的年报通知转述。',
                            'Filed 1 January to 31 March each year in the telecom business management system, for the year before, as agencies and provincial annual-report notices relay it.',
                        ),
                        'practice',
                    ),
                    Citation(_10, (), None, None, 'practice'),
                ),
                None,
                ((1, 1), (3, 31)),
                None,
                (),
                False,
            ),
            Obligation(
                'change_report',
                'icp_license',
                'event',
                Text(
                    '报告许可证事项变更（名称、法定代表人、注册资本等）',
                    'Report a change to the licence (name, legal representative, registered capital, ...)',
                ),
                Text('每次变更后30日内', 'Within 30 days of each change'),
                Text(
                    '名称、法定代表人、注册资本变更的，在工商变更后30日内办理；股东、合并、业务覆盖范围变更须先经批准。未办理的，属于擅自变更。',
                    'A change of name, legal representative or registered capital is reported within 30 days of the company-registration change; shareholders, a merger or the service area need approval first. Not reporting is an unlicensed change.',
                ),
                (
                    Citation(
                        _5,
                        (),
                        None,
                        Text(
                            '据代办机构转述的第28、29条；条文序号未核实。',
                            'Arts. 28-29 as agencies quote them; the article numbers are unverified.',
                        ),
                        'practice',
                    ),
                ),
                Period(30, 'calendar_days'),
                None,
                'change',
                (),
                False,
            ),
            Obligation(
                'annual_report',
                'edi_license',
                'yearly',
                Text('增值电信业务经营许可年报', 'Value-added telecom licence annual report'),
                Text('每年1月1日至3月31日', 'Every year, 1 January to 31 March'),
                Text(
                    '未按时报送的，列入不良名单；5月至9月有随机抽查。4月可更正一次，5月公示。',
                    'Late filers are put on the list of bad records; random checks run from May to September. April allows one correction; May publishes the results.',
                ),
                (
                    Citation(
                        _5,
                        (),
                        None,
                        Text(
                            '每年1月1日至3月31日通过电信业务市场综合管理信息系统报送上一年度情况，据代办机构和各省通信管理局的年报通知转述。',
                            'Filed 1 January to 31 March each year in the telecom business management system, for the year before, as agencies and provincial annual-report notices relay it.',
                        ),
                        'practice',
                    ),
                    Citation(_10, (), None, None, 'practice'),
                ),
                None,
                ((1, 1), (3, 31)),
                None,
                (),
                False,
            ),
            Obligation(
                'change_report',
                'edi_license',
                'event',
                Text(
                    '报告许可证事项变更（名称、法定代表人、注册资本等）',
                    'Report a change to the licence (name, legal representative, registered capital, ...)',
                ),
                Text('每次变更后30日内', 'Within 30 days of each change'),
                Text(
                    '名称、法定代表人、注册资本变更的，在工商变更后30日内办理；股东、合并、业务覆盖范围变更须先经批准。未办理的，属于擅自变更。',
                    'A change of name, legal representative or registered capital is reported within 30 days of the company-registration change; shareholders, a merger or the service area need approval first. Not reporting is an unlicensed change.',
                ),
                (
                    Citation(
                        _5,
                        (),
                        None,
                        Text(
                            '据代办机构转述的第28、29条；条文序号未核实。',
                            'Arts. 28-29 as agencies quote them; the article numbers are unverified.',
                        ),
                        'practice',
                    ),
                ),
                Period(30, 'calendar_days'),
                None,
                'change',
                (),
                False,
            ),
            Obligation(
                'merchant_reverify_h1',
                'edi_license',
                'yearly',
                Text(
                    '核验更新入驻商家的身份、地址、联系方式和许可信息（上半年）',
                    "Re-verify your merchants' identity, address, contacts and licences (first half-year)",
                ),
                Text('每年1月1日至6月30日（上半年）', 'Every year, 1 January to 30 June (first half)'),
                Text(
                    '平台未按规定核验、登记入驻经营者信息的，由市场监管部门责令改正并可处罚款（《电子商务法》第80条，条文序号未核实）。',
                    'A platform that does not verify and register its merchants is ordered to correct by the market regulator and can be fined (E-Commerce Law Art. 80, article number unverified).',
                ),
                (
                    Citation(
                        _59,
                        (24,),
                        None,
                        Text(
                            '“至少每六个月核验更新一次”凭审阅者记忆，未核实；日历按每半年一次排列。',
                            '"At least every six months" is from the auditor\'s memory, unverified; the calendar sets one check per half-year.',
                        ),
                        'unverified',
                    ),
                    Citation(
                        _29,
                        (80,),
                        None,
                        Text('罚则的条文序号（第80条）凭记忆，未核实。', 'The penalty article (Art. 80) is from memory, unverified.'),
                        'unverified',
                    ),
                ),
                None,
                ((1, 1), (6, 30)),
                None,
                (),
                False,
            ),
            Obligation(
                'merchant_reverify_h2',
                'edi_license',
                'yearly',
                Text(
                    '核验更新入驻商家的身份、地址、联系方式和许可信息（下半年）',
                    "Re-verify your merchants' identity, address, contacts and licences (second half-year)",
                ),
                Text('每年7月1日至12月31日（下半年）', 'Every year, 1 July to 31 December (second half)'),
                Text(
                    '平台未按规定核验、登记入驻经营者信息的，由市场监管部门责令改正并可处罚款（《电子商务法》第80条，条文序号未核实）。',
                    'A platform that does not verify and register its merchants is ordered to correct by the market regulator and can be fined (E-Commerce Law Art. 80, article number unverified).',
                ),
                (
                    Citation(
                        _59,
                        (24,),
                        None,
                        Text(
                            '“至少每六个月核验更新一次”凭审阅者记忆，未核实；日历按每半年一次排列。',
                            '"At least every six months" is from the auditor\'s memory, unverified; the calendar sets one check per half-year.',
                        ),
                        'unverified',
                    ),
                    Citation(
                        _29,
                        (80,),
                        None,
                        Text('罚则的条文序号（第80条）凭记忆，未核实。', 'The penalty article (Art. 80) is from memory, unverified.'),
                        'unverified',
                    ),
                ),
                None,
                ((7, 1), (12, 31)),
                None,
                (),
                False,
            ),
            Obligation(
                'merchant_report_jan',
                'edi_license',
                'yearly',
                Text(
                    '向住所地省级市场监管部门报送平台内经营者的身份信息（1月）',
                    "Report your merchants' identity data to the provincial market regulator (January)",
                ),
                Text('每年1月', 'Every January'),
                Text(
                    '平台未按规定报送平台内经营者信息的，由市场监管部门责令改正并可处罚款（罚则未核实）。',
                    "A platform that does not report its merchants' data is ordered to correct by the market regulator and can be fined (the penalty is unverified).",
                ),
                (
                    Citation(
                        _59,
                        (25,),
                        None,
                        Text(
                            '审阅者记忆为每年两次；报送月份（1月、7月）凭记忆，未核实，按较早的时间排列。',
                            "Twice a year per the auditor's memory; the months (January and July) are from memory, unverified, and set early rather than late.",
                        ),
                        'unverified',
                    ),
                ),
                None,
                ((1, 1), (1, 31)),
                None,
                (),
                False,
            ),
            Obligation(
                'merchant_report_jul',
                'edi_license',
                'yearly',
                Text(
                    '向住所地省级市场监管部门报送平台内经营者的身份信息（7月）',
                    "Report your merchants' identity data to the provincial market regulator (July)",
                ),
                Text('每年7月', 'Every July'),
                Text(
                    '平台未按规定报送平台内经营者信息的，由市场监管部门责令改正并可处罚款（罚则未核实）。',
                    "A platform that does not report its merchants' data is ordered to correct by the market regulator and can be fined (the penalty is unverified).",
                ),
                (
                    Citation(
                        _59,
                        (25,),
                        None,
                        Text(
                            '审阅者记忆为每年两次；报送月份（1月、7月）凭记忆，未核实，按较早的时间排列。',
                            "Twice a year per the auditor's memory; the months (January and July) are from memory, unverified, and set early rather than late.",
                        ),
                        'unverified',
                    ),
                ),
                None,
                ((7, 1), (7, 31)),
                None,
                (),
                False,
            ),
            Obligation(
                'change_update',
                'icp_filing',
                'event',
                Text(
                    '更新ICP备案信息（主体、负责人、联系方式、IP、域名等）',
                    'Update the ICP filing (entity, person in charge, contacts, IP, domain, ...)',
                ),
                Text('每次变更后30日内', 'Within 30 days of each change'),
                Text(
                    '备案信息与实际不符、网站无内容或主体已注销的（空壳网站），备案会被注销，备案号不能恢复。',
                    'A filing whose details are out of date, or whose site has no content or no entity behind it (an empty shell), is cancelled, and the number cannot be recovered.',
                ),
                (
                    Citation(
                        _34,
                        (),
                        None,
                        Text(
                            '云服务商的说法是“主体信息变更需在30日内提交”；官方文本中的期限未核实。',
                            "Hosting providers say changes to the entity's details are submitted within 30 days; the period in the official text is unverified.",
                        ),
                        'practice',
                    ),
                ),
                Period(30, 'calendar_days'),
                None,
                'change',
                (),
                False,
            ),
            Obligation(
                'file_after_live',
                'psb_filing',
                'event',
                Text('网站开通后办理公安联网备案', 'File with the public security authorities after the site goes live'),
                Text('网站开通联网后30日内', 'Within 30 days of the site going live'),
                Text(
                    '逾期不备案的，由公安机关给予警告，可以并处停机整顿不超过六个月。',
                    'Not filing brings a warning from the public security authorities and possibly a suspension of up to six months.',
                ),
                (Citation(_8, (12, 23), None, None, 'law'),),
                Period(30, 'calendar_days'),
                None,
                'site_live',
                (),
                True,
            ),
            Obligation(
                'file_after_approval',
                'food_platform_filing',
                'granted',
                Text(
                    '通信主管部门批准后办理网络食品交易第三方平台备案',
                    'File the online food trading platform after the telecom approval',
                ),
                Text(
                    '通信主管部门批准（许可证或备案）后30个工作日内',
                    'Within 30 working days of the telecom approval (licence or filing)',
                ),
                Text(
                    '未按期备案的，由省级市场监管部门责令改正，可能处罚款（罚则未核实）。',
                    'The provincial market regulator orders the platform to file, and may fine it (the penalty is unverified).',
                ),
                (
                    Citation(_40, (8,), None, None, 'official'),
                    Citation(
                        _40,
                        (),
                        None,
                        Text('逾期的罚则未核实。', 'The penalty for filing late is unverified.'),
                        'unverified',
                    ),
                ),
                Period(30, 'working_days'),
                None,
                None,
                ('edi_license', 'icp_license', 'icp_filing'),
                True,
            ),
            Obligation(
                'file_after_approval',
                'online_food_seller_filing',
                'granted',
                Text('取得ICP许可证或备案后办理网络食品交易主体备案', 'File as an online food seller after the ICP licence or filing'),
                Text(
                    '取得ICP许可证或备案（只有小程序的，为小程序备案）后30个工作日内',
                    'Within 30 working days of the ICP licence or filing (with only a mini-program, its filing)',
                ),
                Text(
                    '未按期备案的，由市场监管部门责令改正；具体罚则未核实。',
                    'The market regulator orders the seller to file; the penalty is unverified.',
                ),
                (Citation(_40, (8,), None, None, 'official'),),
                Period(30, 'working_days'),
                None,
                None,
                ('icp_license', 'icp_filing', 'app_filing'),
                True,
            ),
            Obligation(
                'file_after_first_cards',
                'prepaid_card_filing',
                'event',
                Text('开始发行单用途预付卡后办理备案', 'File the prepaid cards after first issuing them'),
                Text('开始发行预付卡之日起30日内', 'Within 30 days of first issuing cards'),
                Text(
                    '未按期备案的，由商务主管部门责令限期改正，逾期仍不改正的可处罚款（罚则条文未核实）。',
                    'The commerce department orders the business to file within a time limit, and may fine it if it still does not (the penalty article is unverified).',
                ),
                (
                    Citation(_16, (7, 8), None, None, 'law'),
                    Citation(
                        _16,
                        (),
                        None,
                        Text(
                            '罚则条文（第30条前后）的具体数额未核实。',
                            'The amounts in the penalty article (around Art. 30) are unverified.',
                        ),
                        'unverified',
                    ),
                ),
                Period(30, 'calendar_days'),
                None,
                'first_cards_issued',
                (),
                True,
            ),
            Obligation(
                'online_sales_filing',
                'publication_license',
                'event',
                Text(
                    '开始网上销售出版物后向出版主管部门备案',
                    'File the online sale of publications with the publishing administration',
                ),
                Text('开始网上销售后15日内', 'Within 15 days of starting to sell online'),
                Text(
                    '未按期备案的，由出版主管部门责令改正；具体罚则未核实。',
                    'The publishing administration orders the seller to file; the penalty is unverified.',
                ),
                (Citation(_22, (), None, Text('条文序号未核实。', 'The article number is unverified.'), 'law'),),
                Period(15, 'calendar_days'),
                None,
                'online_sales_started',
                (),
                False,
            ),
        ),
        (
            Validity(
                'icp_license',
                Period(5, 'years'),
                Period(90, 'calendar_days'),
                Text('申请ICP许可证续期', 'Apply to renew the ICP licence'),
                Text('有效期5年，到期前至少90日申请续期', 'Valid 5 years; apply to renew at least 90 days before expiry'),
                Text(
                    '未在到期前90日提出续期申请的，许可证到期后可能不予续期，须重新申请；无证经营要受处罚。',
                    'Applied for less than 90 days before expiry, the licence may not be renewed and has to be applied for afresh; running the service unlicensed is penalised.',
                ),
                (
                    Citation(
                        _5,
                        (),
                        None,
                        Text(
                            '有效期5年、到期前90日申请续期，据代办机构转述的第27条；条文序号未核实。',
                            'Valid 5 years, renewal applied for 90 days before expiry, per Art. 27 as agencies quote it; the article number is unverified.',
                        ),
                        'practice',
                    ),
                    Citation(_10, (), None, None, 'practice'),
                ),
            ),
            Validity(
                'edi_license',
                Period(5, 'years'),
                Period(90, 'calendar_days'),
                Text('申请EDI许可证续期', 'Apply to renew the EDI licence'),
                Text('有效期5年，到期前至少90日申请续期', 'Valid 5 years; apply to renew at least 90 days before expiry'),
                Text(
                    '未在到期前90日提出续期申请的，许可证到期后可能不予续期，须重新申请；无证经营要受处罚。',
                    'Applied for less than 90 days before expiry, the licence may not be renewed and has to be applied for afresh; running the service unlicensed is penalised.',
                ),
                (
                    Citation(
                        _5,
                        (),
                        None,
                        Text(
                            '有效期5年、到期前90日申请续期，据代办机构转述的第27条；条文序号未核实。',
                            'Valid 5 years, renewal applied for 90 days before expiry, per Art. 27 as agencies quote it; the article number is unverified.',
                        ),
                        'practice',
                    ),
                    Citation(_10, (), None, None, 'practice'),
                ),
            ),
        ),
    )
