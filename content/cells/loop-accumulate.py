import torch
from torch import nn, optim


torch.manual_seed(0)
x = torch.randn(32, 3)
y = torch.randn(32, 1)
criterion = nn.MSELoss()

def weight_grad(batches, divide):
    torch.manual_seed(1)                 # the same model every time #zh: 每次都是同一个模型
    model = nn.Linear(3, 1)
    for xb, yb in batches:
        loss = criterion(model(xb), yb)  # the mean over this batch #zh: 这一批的平均损失
        if divide:
            loss = loss / len(batches)
        loss.backward()                  # gradients add up in .grad #zh: 梯度在 .grad 里累加
    return model.weight.grad

micro = [(x[i:i + 8], y[i:i + 8]) for i in range(0, 32, 8)]
print("one batch of 32:      ", weight_grad([(x, y)], divide=False))
print("4 x 8, each loss / 4: ", weight_grad(micro, divide=True))
print("4 x 8, not divided:   ", weight_grad(micro, divide=False))
