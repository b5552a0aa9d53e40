import torch
from torch import nn, optim
# Unfinished on purpose: complete TODO 1 and 2, press Run, then answer and press Check. #zh: 故意没写完：补全 TODO 1 和 2，点“运行”，再作答并点“检查”。
# 8 noisy training points and 10 validation points of y = sin(πx) + noise #zh: y = sin(πx) + 噪声：8 个训练点和 10 个验证点
x_train = [-1.0, -0.71, -0.43, -0.14, 0.14, 0.43, 0.71, 1.0]
y_train = [0.2, -0.71, -0.96, -0.24, 0.29, 0.93, 0.33, 0.11]
x_val = [-0.9, -0.7, -0.5, -0.3, -0.1, 0.1, 0.3, 0.5, 0.7, 0.9]
y_val = [-0.62, -0.98, -1.27, -0.83, -0.37, 0.02, 0.94, 1.08, 0.68, 0.16]

# features x, x², …, x⁸: flexible enough to overfit 8 points #zh: 特征 x, x², …, x⁸：灵活得足以把 8 个点过拟合
features = lambda xs: torch.tensor([[x ** k for k in range(1, 9)] for x in xs])
column = lambda ys: torch.tensor([[y] for y in ys])
X, Y, X_val, Y_val = features(x_train), column(y_train), features(x_val), column(y_val)

def train(weight_decay):
    torch.manual_seed(0)  # same starting weights for every run #zh: 每次训练的初始权重都相同
    model = nn.Linear(8, 1)
    criterion = nn.MSELoss()
    # TODO 1: pass weight_decay to Adam #zh: TODO 1：把 weight_decay 传给 Adam
    optimizer = optim.Adam(model.parameters(), lr=0.1)

    for epoch in range(2000):
        optimizer.zero_grad()
        loss = criterion(model(X), Y)
        loss.backward()
        optimizer.step()
        if epoch % 20 == 0: plot(f"train, weight_decay={weight_decay}", epoch, loss.item(), log=True)
        if epoch % 20 == 0:
            with torch.no_grad():
                plot(f"validation, weight_decay={weight_decay}", epoch, criterion(model(X_val), Y_val).item(), log=True)
    with torch.no_grad():  # validation: no gradients needed #zh: 验证：不需要梯度
        val_loss = criterion(model(X_val), Y_val)
    print(f"weight_decay={weight_decay}: train {loss.item():.4f}, validation {val_loss.item():.4f}")


train(0)
# TODO 2: train again with weight_decay=1e-4, then compare the two validation losses #zh: TODO 2：用 weight_decay=1e-4 再训练一次，然后比较两个验证损失
