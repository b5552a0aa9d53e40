import { torch, nn, optim } from "torch"

torch.manual_seed(0)
const x = torch.rand(50, 1).mul(4).sub(2)
const y = x.mul(3).sub(1)
const model = nn.Linear(1, 1)
const criterion = nn.MSELoss()
const optimizer = optim.Adam(model.parameters(), { lr: 0.05 })  // ① create #zh: ① 创建

for (let epoch = 0; epoch < 150; epoch++) {
  optimizer.zero_grad()               // ② zero #zh: ② 清零
  const loss = criterion(model(x), y)
  loss.backward()                     // ③ backward #zh: ③ 反向
  optimizer.step()                    // ④ step #zh: ④ 更新
  if (epoch % 30 === 0) {
    print(`epoch ${epoch}: loss ${loss.item().toFixed(4)}`)
  }
}
print(`weight = ${model.weight.item().toFixed(3)}, bias = ${model.bias!.item().toFixed(3)}`)
