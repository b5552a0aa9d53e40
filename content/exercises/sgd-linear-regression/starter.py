import torch
from torch import nn, optim
# Unfinished on purpose: complete TODO 1–3, then press Check. #zh: 故意没写完：补全 TODO 1–3，然后点“检查”。
torch.manual_seed(0)
x = torch.randn(100, 1)
y = 3 * x + 2 + 0.1 * torch.randn(100, 1)  # y = 3x + 2 + noise #zh: y = 3x + 2 + 噪声

model = nn.Linear(1, 1)
criterion = nn.MSELoss()
# TODO 1: create an SGD optimizer for model.parameters() (try lr=0.1) #zh: TODO 1：为 model.parameters() 创建一个 SGD 优化器（先试 lr = 0.1）

for epoch in range(100):
    # TODO 2: clear the old gradients #zh: TODO 2：清空旧的梯度
    loss = criterion(model(x), y)
    # TODO 3: backward pass, then one optimizer step #zh: TODO 3：反向传播，再让优化器走一步
    if epoch % 20 == 0: print(f"epoch {epoch}, loss {loss.item():.4f}")

print('w =', model.weight.item(), 'b =', model.bias.item())
