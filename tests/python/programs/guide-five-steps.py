import torch
import torch.nn as nn
import torch.optim as optim
torch.manual_seed(0)

# 定义简单模型
model = nn.Linear(10, 1)

# 选择优化器(这里用 Adam)
optimizer = optim.Adam(model.parameters(), lr=0.001)

# 损失函数
criterion = nn.MSELoss()

# 假数据
x = torch.randn(100, 10)
y_true = torch.randn(100, 1)

# 训练循环
for epoch in range(100):
    optimizer.zero_grad()             # 1️⃣ 清空梯度
    y_pred = model(x)                 # 2️⃣ 前向传播
    loss = criterion(y_pred, y_true)  # 3️⃣ 计算损失
    loss.backward()                   # 4️⃣ 反向传播 → 计算梯度
    optimizer.step()                  # 5️⃣ 优化器更新参数 ← 关键!

    if epoch % 20 == 0:
        print(f"Epoch {epoch}, Loss: {loss.item():.4f}")
