import torch
from torch import nn, optim
torch.manual_seed(0)

class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.base = nn.Linear(4, 8)        # pretend this part is pretrained #zh: 假装这部分已经预训练过
        self.classifier = nn.Linear(8, 2)  # a new head for our task #zh: 为我们的任务新加的分类头

    def forward(self, x):
        return self.classifier(self.base(x).relu())


model = Net()
optimizer = optim.Adam([
    {"params": model.base.parameters(), "lr": 1e-4},
    {"params": model.classifier.parameters(), "lr": 1e-3},
])
print([g["lr"] for g in optimizer.param_groups])

# one training step, then: how far did each part move? #zh: 训练一步，然后看：每部分各移动了多远？
params = list(model.parameters())
before = [p.clone() for p in params]
loss = model(torch.rand(16, 4)).pow(2).mean()
loss.backward()
optimizer.step()
moved = [p.sub(b).abs().max().item() for p, b in zip(params, before)]
print(f"base moved up to {max(moved[0:2]):.6f}")
print(f"classifier moved up to {max(moved[2:4]):.6f}")
