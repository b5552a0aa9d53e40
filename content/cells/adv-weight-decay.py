import torch
from torch import nn, optim
torch.manual_seed(0)
x = torch.rand(64, 5).mul(2).sub(1)
true_w = torch.tensor([[3.0], [-2.0], [1.0], [0.0], [0.0]])
y = x.matmul(true_w).add(torch.rand(64, 1).mul(0.1))
criterion = nn.MSELoss()

def train(Opt, opts, l2=0.0):
    torch.manual_seed(1)
    model = nn.Linear(5, 1)
    optimizer = Opt(model.parameters(), **opts)
    for step in range(200):
        optimizer.zero_grad()
        loss = criterion(model(x), y)
        for p in model.parameters():
            loss = loss.add(p.pow(2).sum().mul(l2 / 2))  # adds (l2/2)·‖p‖² to the loss #zh: 把 (l2/2)·‖p‖² 加进损失

        loss.backward()
        optimizer.step()

    return model.weight.pow(2).sum().sqrt().item()  # ‖weight‖ #zh: ‖权重‖


print(f"no decay:                 {train(optim.Adam, {'lr': 0.05}):.4f}")
print(f"Adam, weight_decay=0.1:   {train(optim.Adam, {'lr': 0.05, 'weight_decay': 0.1}):.4f}")
print(f"Adam, L2 term in loss:    {train(optim.Adam, {'lr': 0.05}, 0.1):.4f}")
print(f"AdamW, weight_decay=0.1:  {train(optim.AdamW, {'lr': 0.05, 'weight_decay': 0.1}):.4f}")
