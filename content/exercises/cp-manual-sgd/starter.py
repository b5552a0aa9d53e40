import torch

# Unfinished on purpose: write the update by hand (TODO), then press Check. #zh: 故意没写完：亲手写出更新（TODO），然后点“检查”。
torch.manual_seed(0)
x = torch.randn(20, 1)
y = 2 * x + 1  # y = 2x + 1
w = torch.tensor([0.0], requires_grad=True)
b = torch.tensor([0.0], requires_grad=True)
lr = 0.1

for epoch in range(20):
    loss = ((x * w + b - y) ** 2).mean()
    loss.backward()
    # TODO: inside `with torch.no_grad():`, move w and b against their gradients #zh: TODO：在 `with torch.no_grad():` 里，让 w 和 b 沿梯度的反方向移动
    #       (w ← w − lr · w.grad, the same for b), then clear both gradients #zh: （w ← w − lr · w.grad，b 也一样），然后清空两个梯度


    print(f"epoch {epoch}: loss {loss.item():.4f}")
