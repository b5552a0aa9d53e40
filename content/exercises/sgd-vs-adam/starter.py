import torch
from torch import nn, optim
# Unfinished on purpose: complete the TODO, press Run, then pick your answer and press Check. #zh: 故意没写完：补全 TODO，点“运行”，再选出答案并点“检查”。
lr = 0.01  # the SAME learning rate for both optimizers #zh: 两个优化器用同一个学习率

def train(name, make_optimizer):
    torch.manual_seed(0)  # same data and same starting weights for every run #zh: 每次训练的数据和初始权重都相同
    x = torch.randn(100, 3)
    y = x @ torch.tensor([[1.5], [-2.0], [0.5]]) + 1
    model = nn.Linear(3, 1)
    criterion = nn.MSELoss()
    optimizer = make_optimizer(model.parameters())

    for epoch in range(100):
        optimizer.zero_grad()
        loss = criterion(model(x), y)
        loss.backward()
        optimizer.step()
        plot(name, epoch, loss.item())

    print(f"{name}: loss after 100 epochs = {loss.item():.4f}")


train('SGD', lambda params: optim.SGD(params, lr=lr))
# TODO: train('Adam', …) the same way, with optim.Adam at the same lr #zh: TODO：照同样的方式调用 train('Adam', …)，用同一个 lr 创建 optim.Adam
