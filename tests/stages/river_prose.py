"""Three invented paragraphs of body prose shared by the split tests that build pages of
pieces (each piece needs a body the split stage reads as prose).  Every word is invented."""

P1 = "沿着河岸的石板路一直往上走，两边的老房子保留着木格窗，转角处还有一家做了三十年的糖水铺。"
P2 = "傍晚时分光线最柔和，很多人会在桥头停下来拍照，周末人多，建议早一点出发，错开高峰时段。"
P3 = "这里的负责部门已经完成了前期调研，收集了大量意见，形成了较为成熟的工作思路和具体措施。"
